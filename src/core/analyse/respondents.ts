import type { Issue, IssueCode } from '../check/issue';
import type { Member } from '../members/types';
import type { Item } from '../questionnaire/types';
import type { Submission, SurveyResponses } from '../read/model';

/** A submission that counts: its Member is known and `check` found no error in it. */
export interface Respondent {
  readonly submission: Submission;
  readonly member: Member;
  /** Date received, as an Excel serial; absent when the submission gives none. */
  readonly received?: number;
  /**
   * The choice given to each answered single-choice item; a blank item is absent (a blank is never
   * "No"), and so is an answer to an item its XLSForm did not ask.
   */
  readonly choices: ReadonlyMap<Item, string>;
  /** The same for `select_multiple` items: the choices ticked. */
  readonly selections: ReadonlyMap<Item, readonly string[]>;
}

export interface Exclusion {
  readonly submission: Submission;
  /** The codes of the errors that keep it out, each once, in the order found. */
  readonly reasons: readonly IssueCode[];
}

export interface RespondentSelection {
  /** In the order they are counted: by date received when a cutoff applies, else as read. */
  readonly counted: readonly Respondent[];
  readonly excludedByCutoff: readonly Respondent[];
  readonly excludedForErrors: readonly Exclusion[];
  /** Submissions returned without a single answer (a blank template sent back): no respondents, whatever else they hold. */
  readonly returnedEmpty: readonly Submission[];
  /** Respondents without a date, ranked last for the cutoff: named in a warning when a cutoff applies. */
  readonly undated: readonly Respondent[];
  /** Distinct Members that sent a submission with answers, with or without errors: the response rate's numerator. */
  readonly membersResponding: number;
}

export function selectRespondents(survey: SurveyResponses, issues: readonly Issue[], firstResponses?: number): RespondentSelection {
  const errors = errorsBySubmission(issues);
  const valid: Respondent[] = [];
  const excludedForErrors: Exclusion[] = [];
  const returnedEmpty = survey.submissions.filter((submission) => submission.answers.length === 0);
  for (const submission of survey.submissions) {
    if (submission.answers.length === 0) continue;
    const respondent = respondentOf(submission);
    const reasons = errors.get(submission) ?? (respondent ? [] : ['missing-member-column' as const]);
    if (respondent && reasons.length === 0) valid.push(respondent);
    else excludedForErrors.push({ submission, reasons });
  }
  const ranked = firstResponses === undefined ? valid : byDateReceived(valid);
  const limit = firstResponses ?? ranked.length;
  return {
    counted: ranked.slice(0, limit),
    excludedByCutoff: ranked.slice(limit),
    excludedForErrors,
    returnedEmpty,
    undated: firstResponses === undefined ? [] : valid.filter((r) => r.received === undefined),
    membersResponding: new Set(
      survey.submissions
        .filter((s) => s.answers.length > 0)
        .map((s) => memberOf(s)?.code)
        .filter(Boolean),
    ).size,
  };
}

function errorsBySubmission(issues: readonly Issue[]): Map<Submission, IssueCode[]> {
  const errors = new Map<Submission, IssueCode[]>();
  for (const issue of issues) {
    if (issue.severity !== 'error' || !issue.submission) continue;
    const codes = errors.get(issue.submission) ?? [];
    if (!codes.includes(issue.code)) codes.push(issue.code);
    errors.set(issue.submission, codes);
  }
  return errors;
}

/** The registry's Member a submission names, if it names one. */
export function memberOf(submission: Submission): Member | undefined {
  const cell = submission.member;
  return cell?.kind === 'named' && cell.parsed.kind === 'found' ? cell.parsed.member : undefined;
}

export function respondentOf(submission: Submission): Respondent | undefined {
  const member = memberOf(submission);
  if (!member) return undefined;
  const date = submission.received?.parsed;
  const choices = new Map<Item, string>();
  const selections = new Map<Item, readonly string[]>();
  for (const { item, parsed } of submission.answers) {
    if (submission.notRelevant.has(item)) continue;
    if (parsed.kind === 'choice') choices.set(item, parsed.choice);
    if (parsed.kind === 'choices') selections.set(item, parsed.choices);
  }
  return { submission, member, choices, selections, ...(date?.kind === 'date' ? { received: date.serial } : {}) };
}

/** What a respondent chose for an item, one choice or several; absent when it gave none. */
export function chosenBy(respondent: Respondent, item: Item): readonly string[] | undefined {
  const choice = respondent.choices.get(item);
  return choice !== undefined ? [choice] : respondent.selections.get(item);
}

/** Earliest first; undated last; ties keep the order of the sheet (a stable sort). */
function byDateReceived(respondents: readonly Respondent[]): Respondent[] {
  return [...respondents].sort((a, b) => (a.received ?? Infinity) - (b.received ?? Infinity));
}
