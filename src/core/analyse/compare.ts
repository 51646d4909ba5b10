import type { IssueCode } from '../check/issue';
import type { Member, RegionCode } from '../members/types';
import type { Questionnaire } from '../questionnaire/types';
import type { SurveyAnalysis } from './analyse-survey';
import type { Submission } from '../read/model';
import { againstFigureInterval, differenceInterval, type DifferenceInterval } from './intervals';
import { regionPopulation, type AnalysisOptions } from './options';
import { tally, type AnswerResult } from './percentages';
import { chosenBy, type Respondent, type RespondentSelection } from './respondents';
import { guarded, shownEstimate, shownPercent, unguarded, type GuardedResult } from './small-base';

/** What a comparison needs of the analysis options: the base, the small-base rule's minimum, the populations. */
export type ComparisonOptions = Pick<AnalysisOptions, 'base' | 'minimumBase' | 'population' | 'regionPopulations'>;

/** Two percentages of one reported answer, and their difference in percentage points. */
export interface Difference {
  /** A subgroup (a region, a round): `tooSmall` when the small-base rule leaves its percent blank. */
  readonly subject: GuardedResult;
  readonly reference?: GuardedResult;
  /** (subject − reference) × 100 of the percents shown; absent when either is absent or suppressed. */
  readonly points?: number;
  /**
   * The difference's 95 % interval, as fractions, and whether it excludes 0 (issue #19): where `points` is,
   * each side on a base of the minimum or more.
   */
  readonly interval?: DifferenceInterval;
}

export function points(subject?: number, reference?: number): number | undefined {
  return subject === undefined || reference === undefined ? undefined : (subject - reference) * 100;
}

/** Pairs two tallies of the same questionnaire answer by answer (by item ID and answer). */
export function differences(subject: readonly GuardedResult[], reference: readonly GuardedResult[], minimumBase: number): Difference[] {
  const key = (a: AnswerResult) => `${a.item.id}\u0000${a.answer}`;
  const byKey = new Map(reference.map((a) => [key(a), a]));
  return subject.map((s) => {
    const r = byKey.get(key(s));
    const d = points(shownPercent(s), r && shownPercent(r));
    const a = shownEstimate(s, minimumBase);
    const b = r && shownEstimate(r, minimumBase);
    return {
      subject: s,
      ...(r ? { reference: r } : {}),
      ...(d !== undefined ? { points: d } : {}),
      ...(a && b ? { interval: differenceInterval(a, b) } : {}),
    };
  });
}

/** A region against the other respondents, beside all of them. */
export interface RegionDifference extends Difference {
  /** All counted respondents, the region's among them: the survey's own figure, shown whatever its base. */
  readonly all: AnswerResult;
}

/**
 * A region against the other respondents (not all of them, which include the region's own): two
 * independent groups, each under the small-base rule, each of its own population (the region's Members,
 * and the rest of the registry's) where the registry is the population.
 */
export function regionAgainstRest(
  questionnaire: Questionnaire,
  respondents: readonly Respondent[],
  region: RegionCode,
  options: ComparisonOptions,
): RegionDifference[] {
  const inRegion = regionPopulation(options, region);
  const rest = options.population !== undefined && inRegion !== undefined ? options.population - inRegion : undefined;
  const guard = (a: AnswerResult) => guarded(a, options.minimumBase);
  const all = tally(questionnaire, respondents, options.base, options.population);
  return differences(
    tally(
      questionnaire,
      respondents.filter((r) => r.member.region === region),
      options.base,
      inRegion,
    ).map(guard),
    tally(
      questionnaire,
      respondents.filter((r) => r.member.region !== region),
      options.base,
      rest,
    ).map(guard),
    options.minimumBase,
  ).map((d, i) => ({ ...d, all: all[i] }));
}

/** This round against another, answer by answer: each round a sample, each under the small-base rule. */
export function roundAgainstRound(
  results: readonly AnswerResult[],
  other: readonly AnswerResult[],
  options: Pick<ComparisonOptions, 'minimumBase'>,
): Difference[] {
  const guard = (a: AnswerResult) => guarded(a, options.minimumBase);
  return differences(results.map(guard), other.map(guard), options.minimumBase);
}

/** One Member item by item: its own choice, beside the percent of all respondents and of its region. */
export interface MemberAnswer {
  readonly all: AnswerResult;
  /** The Member's region: a subgroup, under the small-base rule. */
  readonly region: GuardedResult;
  /** The choice the Member gave (several separated by spaces); absent when it left the item blank. */
  readonly choice?: string;
  /** Whether that choice counts towards this reported answer. */
  readonly gives?: boolean;
  /**
   * The region's percent less all respondents', in points, where both are shown. The region is among all
   * respondents, so the two are no independent groups: a gap to read, with no interval of its own.
   */
  readonly points?: number;
}

/** Whether the Member's own submission is among the respondents counted, and if not, why. */
export type MemberStatus =
  | { readonly kind: 'counted' }
  /** Left out for its errors: their codes, each once, in the order found. */
  | { readonly kind: 'errors'; readonly reasons: readonly IssueCode[] }
  /** Left out by the cutoff: only the first `first` received count. */
  | { readonly kind: 'cutoff'; readonly first: number }
  /** Returned without any answer: no respondent. */
  | { readonly kind: 'empty' }
  /** Neither counted nor left out: not a submission of these respondents. */
  | { readonly kind: 'not-respondent' };

export interface MemberComparison {
  readonly member: Member;
  readonly status: MemberStatus;
  readonly answers: readonly MemberAnswer[];
}

/** Where a submission stands in the selection: compared by submission, never by a respondent object's identity. */
export function memberStatus(selection: RespondentSelection, submission: Submission, firstResponses?: number): MemberStatus {
  if (selection.counted.some((r) => r.submission === submission)) return { kind: 'counted' };
  if (selection.excludedByCutoff.some((r) => r.submission === submission)) {
    return { kind: 'cutoff', first: firstResponses ?? selection.counted.length };
  }
  if (selection.returnedEmpty.includes(submission)) return { kind: 'empty' };
  const excluded = selection.excludedForErrors.find((e) => e.submission === submission);
  return excluded ? { kind: 'errors', reasons: excluded.reasons } : { kind: 'not-respondent' };
}

/**
 * The Member's own answers beside all counted respondents and its region: the analysis's very figures, the
 * Summary's and the Regions sheet's. The subject may be a submission left out (errors, cutoff): its answers
 * are shown, and `status` says why it is not counted.
 */
export function memberAgainstAll(analysis: Pick<SurveyAnalysis, 'selection' | 'results' | 'regions' | 'options'>, subject: Respondent): MemberComparison {
  const { selection, options, results: all } = analysis;
  const region = analysis.regions.find((r) => r.region === subject.member.region)!.answers;
  return {
    member: subject.member,
    status: memberStatus(selection, subject.submission, options.firstResponses),
    answers: all.map((a, i) => {
      const chosen = chosenBy(subject, a.item);
      const counts = a.item.scale.reported.find((r) => r.answer === a.answer)?.counts ?? [];
      const gap = points(shownPercent(region[i]), a.percent);
      return {
        all: a,
        region: region[i],
        ...(gap !== undefined ? { points: gap } : {}),
        ...(chosen !== undefined ? { choice: chosen.join(' '), gives: chosen.some((c) => counts.includes(c)) } : {}),
      };
    }),
  };
}

/** The percent against the 1998 report's figure, where the report gives one. */
export interface PublishedDifference {
  readonly result: AnswerResult;
  readonly published?: number;
  readonly approximate?: boolean;
  readonly points?: number;
  /** The difference's 95 % interval: the percent's own, the published figure being no sample of this survey's. */
  readonly interval?: DifferenceInterval;
}

export function againstPublished(results: readonly AnswerResult[], minimumBase: number): PublishedDifference[] {
  return results.map((result) => {
    const figure = result.item.published?.[result.answer];
    const d = points(result.percent, figure?.value);
    const estimate = shownEstimate(unguarded(result), minimumBase);
    return {
      result,
      ...(figure ? { published: figure.value, ...(figure.approximate ? { approximate: true } : {}) } : {}),
      ...(d !== undefined ? { points: d } : {}),
      ...(figure && estimate ? { interval: againstFigureInterval(estimate, figure.value) } : {}),
    };
  });
}
