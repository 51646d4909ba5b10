import type { Member, RegionCode } from '../members/types';
import type { Questionnaire } from '../questionnaire/types';
import type { BaseOption } from './options';
import { tally, type AnswerResult } from './percentages';
import { chosenBy, type Respondent } from './respondents';

/** Two percentages of one reported answer, and their difference in percentage points. */
export interface Difference {
  readonly subject: AnswerResult;
  readonly reference?: AnswerResult;
  /** (subject − reference) × 100; absent when either percent is. */
  readonly points?: number;
}

export function points(subject?: number, reference?: number): number | undefined {
  return subject === undefined || reference === undefined ? undefined : (subject - reference) * 100;
}

/** Pairs two tallies of the same questionnaire answer by answer (by item ID and answer). */
export function differences(subject: readonly AnswerResult[], reference: readonly AnswerResult[]): Difference[] {
  const key = (a: AnswerResult) => `${a.item.id}\u0000${a.answer}`;
  const byKey = new Map(reference.map((a) => [key(a), a]));
  return subject.map((s) => {
    const r = byKey.get(key(s));
    const d = points(s.percent, r?.percent);
    return { subject: s, ...(r ? { reference: r } : {}), ...(d !== undefined ? { points: d } : {}) };
  });
}

export function regionAgainstAll(
  questionnaire: Questionnaire,
  respondents: readonly Respondent[],
  region: RegionCode,
  base: BaseOption,
): Difference[] {
  const inRegion = respondents.filter((r) => r.member.region === region);
  return differences(tally(questionnaire, inRegion, base), tally(questionnaire, respondents, base));
}

/** One Member item by item: its own choice, beside the percent of all respondents and of its region. */
export interface MemberAnswer {
  readonly all: AnswerResult;
  readonly region: AnswerResult;
  /** The choice the Member gave (several separated by spaces); absent when it left the item blank. */
  readonly choice?: string;
  /** Whether that choice counts towards this reported answer. */
  readonly gives?: boolean;
}

export interface MemberComparison {
  readonly member: Member;
  /** False when the Member's submission is not counted (errors, or after the cutoff). */
  readonly counted: boolean;
  readonly answers: readonly MemberAnswer[];
}

export function memberAgainstAll(
  questionnaire: Questionnaire,
  respondents: readonly Respondent[],
  subject: Respondent,
  base: BaseOption,
): MemberComparison {
  const all = tally(questionnaire, respondents, base);
  const region = tally(questionnaire, respondents.filter((r) => r.member.region === subject.member.region), base);
  return {
    member: subject.member,
    counted: respondents.includes(subject),
    answers: all.map((a, i) => {
      const chosen = chosenBy(subject, a.item);
      const counts = a.item.scale.reported.find((r) => r.answer === a.answer)?.counts ?? [];
      const gives = chosen?.some((c) => counts.includes(c));
      return { all: a, region: region[i], ...(chosen !== undefined ? { choice: chosen.join(' '), gives } : {}) };
    }),
  };
}

/** The percent against the 1998 report's figure, where the report gives one. */
export interface PublishedDifference {
  readonly result: AnswerResult;
  readonly published?: number;
  readonly approximate?: boolean;
  readonly points?: number;
}

export function againstPublished(results: readonly AnswerResult[]): PublishedDifference[] {
  return results.map((result) => {
    const figure = result.item.published?.[result.answer];
    const d = points(result.percent, figure?.value);
    return {
      result,
      ...(figure ? { published: figure.value, ...(figure.approximate ? { approximate: true } : {}) } : {}),
      ...(d !== undefined ? { points: d } : {}),
    };
  });
}
