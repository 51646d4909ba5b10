import { REGION_CODES } from '../members/regions';
import type { MemberRegistry } from '../members/registry';
import type { RegionCode } from '../members/types';

/**
 * Whom a percentage is of. `answered`: the respondents who answered the item (the 1998
 * report's base). `respondents`: every counted respondent, a blank counting against.
 * `applicable`: the respondents the item was asked of, its XLSForm `relevant` condition holding
 * (every counted respondent where it has none), a blank counting against.
 */
export type BaseOption = 'answered' | 'respondents' | 'applicable';
export const BASE_OPTIONS: readonly BaseOption[] = ['answered', 'respondents', 'applicable'];

export interface AnalysisOptions {
  /** Count only the first N submissions by date received (the report used the first 36). */
  readonly firstResponses?: number;
  readonly base: BaseOption;
  /** A region's percentage on fewer respondents than this is flagged as too small to read. */
  readonly minimumBase: number;
  /**
   * How many the survey was sent to, the N of the finite-population correction (issue #19): the Members
   * of the registry, unless the Population setting says otherwise.
   */
  readonly population?: number;
  /**
   * Each region's population, its Members in the registry: only where `population` is the registry's
   * Members. Under a Population setting (a survey of staff, say) no region's population is known.
   */
  readonly regionPopulations?: Readonly<Record<RegionCode, number>>;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { base: 'answered', minimumBase: 5 };

/** A region's population for its percentages (issue #19): its Members in the registry, or undefined under a Population setting. */
export function regionPopulation(options: AnalysisOptions, region: RegionCode): number | undefined {
  return options.regionPopulations?.[region];
}

/** The population of a survey sent to the registry's Members: all of them, and each region its own. */
export function membersPopulation(registry: MemberRegistry): Required<Pick<AnalysisOptions, 'population' | 'regionPopulations'>> {
  const regionPopulations = Object.fromEntries(REGION_CODES.map((region) => [region, registry.membersIn(region).length])) as Record<RegionCode, number>;
  return { population: registry.members.length, regionPopulations };
}
