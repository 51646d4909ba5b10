import type { SurveyAnalysis } from '../analyse/analyse-survey';
import { memberAgainstAll, type MemberAnswer, type MemberStatus } from '../analyse/compare';
import type { Respondent } from '../analyse/respondents';
import type { Measurement } from '../crm/evaluate';
import type { Language } from '../i18n/language';
import type { Member } from '../members/types';
import type { Item, Section } from '../questionnaire/types';
import { meanScore, scoredSections, scoreOf, type MeanScore, type ScoredSection } from './self-assessment';
import { answeredLanguage, writtenAnswer, type WrittenAnswer } from './written-answer';

export interface ProfileItem {
  readonly item: Item;
  /** Absent when the Member left the item blank. */
  readonly answer?: WrittenAnswer;
  /** One per reported answer of the item's scale, in the scale's order: the percent of all respondents and of the region giving it. */
  readonly figures: readonly MemberAnswer[];
}

export interface ProfileSection {
  readonly section: Section;
  readonly items: readonly ProfileItem[];
}

export interface FactorScore {
  readonly factor: Item;
  /** The Member's own score; absent when it gave the factor no scored answer. */
  readonly member?: number;
  readonly region: MeanScore;
  readonly all: MeanScore;
}

/** A scored section as a radar: the Member against its region and all respondents, factor by factor. */
export interface SelfAssessment extends ScoredSection {
  readonly scored: readonly FactorScore[];
  /** Whether the Member scored any factor: if not, there is nothing of its own to draw. */
  readonly answered: boolean;
}

/** What the round says about one Member: the page it is sent back. */
export interface MemberProfile {
  readonly member: Member;
  /** The language its answers are written in, where they say. */
  readonly answeredIn?: Language;
  /** Date received, as an Excel serial. */
  readonly received?: number;
  readonly status: MemberStatus;
  /** Counted respondents, all and in the Member's region. */
  readonly respondents: { readonly all: number; readonly region: number };
  readonly minimumBase: number;
  /** The sections with a reported item, in the questionnaire's order, each with its reported items. */
  readonly sections: readonly ProfileSection[];
  readonly assessments: readonly SelfAssessment[];
  /** Its rows of the CRM Indicators; absent when the workbook has no such sheet. */
  readonly indicators?: readonly Measurement[];
}

/**
 * The Member's profile from the analysis: its answers beside the very figures of the Summary (all
 * respondents) and of the Regions sheet (its region, under the small-base rule). The subject may be a
 * submission left out (errors, the cutoff): its answers are shown, and `status` says why it is not counted.
 */
export function memberProfile(analysis: SurveyAnalysis, subject: Respondent, indicators?: readonly Measurement[]): MemberProfile {
  const { member, submission } = subject;
  const counted = analysis.selection.counted;
  const inRegion = counted.filter((r) => r.member.region === member.region);
  const comparison = memberAgainstAll(analysis, subject);
  const figures = new Map<Item, MemberAnswer[]>();
  for (const answer of comparison.answers) figures.set(answer.all.item, [...(figures.get(answer.all.item) ?? []), answer]);
  const answers = new Map(submission.answers.map((answer) => [answer.item, answer]));
  const answeredIn = answeredLanguage(submission.answers);
  const received = submission.received?.parsed.kind === 'date' ? submission.received.parsed.serial : undefined;
  return {
    member,
    ...(answeredIn ? { answeredIn } : {}),
    ...(received !== undefined ? { received } : {}),
    status: comparison.status,
    respondents: { all: counted.length, region: inRegion.length },
    minimumBase: analysis.options.minimumBase,
    sections: analysis.questionnaire.sections.flatMap((section) => {
      const items = section.items.flatMap((item): ProfileItem[] => {
        const given = answers.get(item);
        return figures.has(item) ? [{ item, ...(given ? { answer: writtenAnswer(given) } : {}), figures: figures.get(item)! }] : [];
      });
      return items.length > 0 ? [{ section, items }] : [];
    }),
    assessments: scoredSections(analysis.questionnaire).map((scored) => selfAssessment(scored, subject, inRegion, counted, analysis.options.minimumBase)),
    ...(indicators ? { indicators } : {}),
  };
}

function selfAssessment(
  scored: ScoredSection,
  subject: Respondent,
  inRegion: readonly Respondent[],
  counted: readonly Respondent[],
  minimumBase: number,
): SelfAssessment {
  const factors = scored.factors.map((factor): FactorScore => {
    const own = scoreOf(subject, factor, scored.scores);
    return {
      factor,
      ...(own !== undefined ? { member: own } : {}),
      region: meanScore(inRegion, factor, scored.scores, minimumBase),
      all: meanScore(counted, factor, scored.scores),
    };
  });
  return { ...scored, scored: factors, answered: factors.some((f) => f.member !== undefined) };
}
