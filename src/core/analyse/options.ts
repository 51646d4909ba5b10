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
}

export const DEFAULT_OPTIONS: AnalysisOptions = { base: 'answered', minimumBase: 5 };
