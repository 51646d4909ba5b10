import type { RegionCode } from '../members/types';
import { REGION_CODES } from '../members/regions';
import type { Questionnaire } from '../questionnaire/types';
import type { BaseOption } from './options';
import { tally, type AnswerResult } from './percentages';
import type { Respondent } from './respondents';

export interface RegionResult {
  readonly region: RegionCode;
  readonly respondents: number;
  /** Each with `tooSmall` when its base is under the minimum: a percentage too fragile to read. */
  readonly answers: readonly (AnswerResult & { readonly tooSmall: boolean })[];
}

/** Every WCO region, in the WCO's order, even one with no respondent (its bases are 0). */
export function byRegion(
  questionnaire: Questionnaire,
  respondents: readonly Respondent[],
  base: BaseOption,
  minimumBase: number,
): RegionResult[] {
  return REGION_CODES.map((region) => {
    const members = respondents.filter((r) => r.member.region === region);
    const answers = tally(questionnaire, members, base).map((a) => ({ ...a, tooSmall: a.base < minimumBase }));
    return { region, respondents: members.length, answers };
  });
}
