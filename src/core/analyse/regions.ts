import type { RegionCode } from '../members/types';
import { REGION_CODES } from '../members/regions';
import type { Questionnaire } from '../questionnaire/types';
import { regionPopulation, type AnalysisOptions } from './options';
import { tally } from './percentages';
import type { Respondent } from './respondents';
import { guarded, type GuardedResult } from './small-base';

export interface RegionResult {
  readonly region: RegionCode;
  readonly respondents: number;
  /** Each with `tooSmall` when its base is under the minimum (the small-base rule): a percentage too fragile to read. */
  readonly answers: readonly GuardedResult[];
}

/** Every WCO region, in the WCO's order, even one with no respondent (its bases are 0). */
export function byRegion(questionnaire: Questionnaire, respondents: readonly Respondent[], options: AnalysisOptions): RegionResult[] {
  return REGION_CODES.map((region) => {
    const members = respondents.filter((r) => r.member.region === region);
    const answers = tally(questionnaire, members, options.base, regionPopulation(options, region)).map((a) => guarded(a, options.minimumBase));
    return { region, respondents: members.length, answers };
  });
}
