import { isTooSmall } from '../analyse/small-base';
import { chosenBy, type Respondent } from '../analyse/respondents';
import type { Item, Questionnaire, Scale, Section } from '../questionnaire/types';

/**
 * A section a Member's profile draws as a radar: each of its items a factor, scored on one scale (the 1998
 * self-assessment, S9: In place 2, Partly 1, Not in place 0).
 */
export interface ScoredSection {
  readonly section: Section;
  readonly factors: readonly Item[];
  readonly scale: Scale;
  /** By choice name, from the lowest score (0) up. */
  readonly scores: ReadonlyMap<string, number>;
}

/** Fewer axes than this draw no radar, only a line. */
const FEWEST_FACTORS = 3;
/** Two choices are a yes or no, not a scale to score. */
const FEWEST_CHOICES = 3;

/**
 * The sections drawn as radars: those whose items all take one scored scale, three items or more. The
 * 1998 questionnaire scores its self-assessment's scale; an XLSForm scores any list of three choices or
 * more, in the list's order, its first choice highest (as In place, Partly, Not in place).
 */
export function scoredSections(questionnaire: Questionnaire): ScoredSection[] {
  return questionnaire.sections.flatMap((section) => {
    const factors = section.items.filter((item) => item.scale.reported.length > 0);
    const [first] = factors;
    if (first === undefined || factors.length < FEWEST_FACTORS) return [];
    if (factors.some((item) => item.type !== 'select_one' || item.scale !== first.scale)) return [];
    const scores = scoresOf(first.scale, questionnaire.form !== undefined);
    return scores ? [{ section, factors, scale: first.scale, scores }] : [];
  });
}

function scoresOf(scale: Scale, inListOrder: boolean): ReadonlyMap<string, number> | undefined {
  if (scale.scores) return new Map(Object.entries(scale.scores));
  if (!inListOrder || scale.choices.length < FEWEST_CHOICES) return undefined;
  const last = scale.choices.length - 1;
  return new Map(scale.choices.map((choice, i) => [choice.name, last - i]));
}

/** The mean score of a group on one factor, over those who gave it a scored answer. */
export interface MeanScore {
  readonly mean?: number;
  /** How many gave the factor a scored answer. */
  readonly base: number;
  /** A subgroup (the Member's region) under the small-base rule: its mean is not shown. */
  readonly tooSmall: boolean;
}

/** One respondent's score on a factor; absent when it gave no scored answer. */
export function scoreOf(respondent: Respondent, factor: Item, scores: ReadonlyMap<string, number>): number | undefined {
  const [choice] = chosenBy(respondent, factor) ?? [];
  return choice === undefined ? undefined : scores.get(choice);
}

/** The group's mean score on the factor; with `minimumBase`, a subgroup under the small-base rule. */
export function meanScore(respondents: readonly Respondent[], factor: Item, scores: ReadonlyMap<string, number>, minimumBase?: number): MeanScore {
  const given = respondents.map((r) => scoreOf(r, factor, scores)).filter((s): s is number => s !== undefined);
  const base = given.length;
  return {
    ...(base > 0 ? { mean: given.reduce((sum, s) => sum + s, 0) / base } : {}),
    base,
    tooSmall: minimumBase !== undefined && isTooSmall(base, minimumBase),
  };
}
