import type { Member } from '../members/types';
import { indexItems, isQuestion, type ItemIndex } from '../questionnaire/lookup';
import type { DateProblem } from '../read/dates';
import type { Answer, LayoutNote, MemberCell, ResponseSource, Submission, SurveyResponses } from '../read/model';
import type { Questionnaire, Section } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import { displayCell } from '../workbook/display';
import { isoDate } from '../workbook/serial';
import { issueAt as issue, type Issue, type IssueMember } from './issue';
import { ruleIssues } from './rule-issues';
import { memberQuestions } from '../xlsform/member-question';

export interface CheckOptions {
  /** Today as an Excel date serial, for `future-date`; the core has no clock of its own. */
  readonly today?: number;
  /** Told how many submissions are checked so far, every few hundred and at the end: a long check shows its progress. */
  readonly onChecked?: CheckProgress;
}

export type CheckProgress = (checked: number, submissions: number) => void;

/** How many submissions pass between two reports of progress. */
export const PROGRESS_STEP = 250;

/** Every problem of every submission, source by source, each at its cell. */
export function checkSurvey(survey: SurveyResponses, questionnaire: Questionnaire, options: CheckOptions = {}): Issue[] {
  const items = indexItems(questionnaire);
  const firstOfMember = new Map<string, CellRef>();
  const counted = progressCounter(survey.submissions.length, options.onChecked);
  return survey.sources.flatMap((source) => [
    ...source.notes.map((note) => noteIssue(source, note, questionnaire)),
    ...survey.submissions
      .filter((s) => s.ref.sheet === source.sheet && s.origin === source.origin)
      .flatMap((s) => {
        const issues = [...submissionIssues(s, sectionsAsked(source, questionnaire), items, options), ...duplicateIssue(s, firstOfMember)];
        counted();
        return issues;
      }),
  ]);
}

function progressCounter(total: number, report: CheckProgress | undefined): () => void {
  let checked = 0;
  return () => {
    checked++;
    if (checked % PROGRESS_STEP === 0 || checked === total) report?.(checked, total);
  };
}

function noteIssue(source: ResponseSource, note: LayoutNote, questionnaire: Questionnaire): Issue {
  const inColumns = source.origin === 'responses';
  switch (note.kind) {
    case 'missing-member':
      if (!inColumns) return issue({ code: 'missing-member-row' }, note.ref);
      return issue(
        {
          code: 'missing-member-column',
          ...(note.headerRow ? { headerRow: note.headerRow } : {}),
          ...(questionnaire.form ? { questions: memberQuestions(questionnaire).map((i) => i.id) } : {}),
        },
        note.ref,
      );
    case 'duplicate':
      return issue(
        inColumns
          ? { code: 'duplicate-column', header: note.header ?? '', first: note.first ?? note.ref, ...(note.hidden ? { hidden: note.hidden } : {}) }
          : { code: 'duplicate-row', header: note.header ?? '', first: note.first ?? note.ref },
        note.ref,
      );
    case 'merged':
      return issue({ code: 'merged-answers', range: note.range ?? note.ref.cell }, note.ref);
    case 'hidden-rows':
      return issue({ code: 'hidden-rows', rows: note.rows ?? [] }, note.ref);
    case 'unknown':
      return issue({ code: inColumns ? 'unknown-column' : 'unknown-row', header: note.header ?? '' }, note.ref);
    case 'missing-question': {
      const item = note.item!;
      return issue({ code: 'missing-question', item }, note.ref, { item });
    }
    case 'missing-section':
      return issue({ code: 'missing-section', section: note.section! }, note.ref);
  }
}

/** The sections a source has a place for: a section it lacks entirely is reported once, not per submission. */
function sectionsAsked(source: ResponseSource, questionnaire: Questionnaire): Section[] {
  const absent = new Set(source.notes.map((n) => n.section));
  return questionnaire.sections.filter((s) => !absent.has(s));
}

function submissionIssues(submission: Submission, sections: readonly Section[], items: ItemIndex, options: CheckOptions): Issue[] {
  const member = issueMember(submission.member);
  const about = { submission, ...(member ? { member } : {}) };
  const issues = [...memberIssues(submission), ...receivedIssues(submission, options.today, about)];
  // An answer the form does not ask is set aside whole (see ruleIssues): what it holds does not matter.
  const asked = submission.answers.filter((a) => !submission.notRelevant.has(a.item));
  for (const answer of asked) {
    const found = answerIssue(answer, submission, about);
    if (found) issues.push(found);
  }
  issues.push(...ruleIssues(submission, items, about));
  for (const m of submission.mismatches ?? []) {
    issues.push(issue({ code: 'selection-mismatch', value: m.value, chosen: m.chosen, option: m.option, item: m.item }, m.ref, { ...about, item: m.item }));
  }
  if (submission.answers.length === 0) {
    issues.push(issue({ code: 'empty-submission' }, submission.ref, about));
  } else {
    const answered = new Set(submission.answers.map((a) => a.item.sectionId));
    for (const section of sections.filter((s) => !answered.has(s.id) && isAsked(s, submission))) {
      issues.push(issue({ code: 'blank-section', section }, submission.ref, about));
    }
  }
  return issues;
}

/** A named section with a question that applies to this submission (an XLSForm may skip a whole group). */
function isAsked(section: Section, submission: Submission): boolean {
  return section.id !== '' && section.items.some((item) => isQuestion(item) && !submission.notRelevant.has(item));
}

function issueMember(cell: MemberCell | undefined): IssueMember | undefined {
  if (cell?.kind !== 'named') return undefined;
  const member: Member | undefined = cell.parsed.kind === 'found' ? cell.parsed.member : undefined;
  return { text: displayCell(cell.raw), ...(member ? { member } : {}) };
}

function memberIssues(submission: Submission): Issue[] {
  const cell = submission.member;
  if (!cell) return [];
  if (cell.kind === 'blank') return [issue({ code: 'blank-member' }, cell.ref, { submission })];
  if (cell.raw.kind === 'error') return [issue({ code: 'error-value', error: cell.raw.error }, cell.ref, { submission })];
  if (cell.parsed.kind === 'found') return [];
  const name = displayCell(cell.raw);
  const { suggestion, foreign } = cell.parsed;
  return [
    issue({ code: 'unknown-member', name, ...(suggestion ? { suggestion } : {}), ...(foreign ? { foreign } : {}) }, cell.ref, {
      member: { text: name },
      submission,
    }),
  ];
}

function receivedIssues(submission: Submission, today: number | undefined, about: Pick<Issue, 'member' | 'submission'>): Issue[] {
  const received = submission.received;
  if (!received) return [];
  const parsed = received.parsed;
  switch (parsed.kind) {
    case 'error':
      return [issue({ code: 'error-value', error: parsed.error }, received.ref, about)];
    case 'invalid':
      return [issue({ code: 'invalid-date', value: displayCell(received.raw), ...problemOf(parsed) }, received.ref, about)];
    case 'date':
      return today !== undefined && Math.floor(parsed.serial) > Math.floor(today)
        ? [issue({ code: 'future-date', date: isoDate(parsed.serial) }, received.ref, about)]
        : [];
  }
}

/** Most answers are fine: nothing is made for them (a round holds hundreds of thousands). */
function answerIssue(answer: Answer, submission: Submission, about: Pick<Issue, 'member' | 'submission'>): Issue | undefined {
  const { item, parsed, raw } = answer;
  const at = (reason: Parameters<typeof issue>[0]) => issue(reason, submission.cellOf(item), { ...about, item });
  switch (parsed.kind) {
    case 'error':
      return at({ code: 'error-value', error: parsed.error });
    case 'invalid':
      return at({ code: 'invalid-answer', value: displayCell(raw), item, ...problemOf(parsed) });
    case 'ambiguous':
      return at({ code: 'ambiguous-number', value: displayCell(raw), whole: parsed.whole, decimal: parsed.decimal });
    default:
      return undefined;
  }
}

/** Why a cell is not a date, when the reading says more than that. */
function problemOf(parsed: { readonly problem?: DateProblem }): { problem?: DateProblem } {
  return parsed.problem ? { problem: parsed.problem } : {};
}

function duplicateIssue(submission: Submission, firstOfMember: Map<string, CellRef>): Issue[] {
  const cell = submission.member;
  if (cell?.kind !== 'named' || cell.parsed.kind !== 'found') return [];
  const { member } = cell.parsed;
  const first = firstOfMember.get(member.code);
  if (!first) {
    firstOfMember.set(member.code, cell.ref);
    return [];
  }
  return [issue({ code: 'duplicate-member', first }, cell.ref, { member: { text: displayCell(cell.raw), member }, submission })];
}
