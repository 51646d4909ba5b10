/** The CRM Programme's success indicators: the catalogue, reading, checking and evaluation. */
export { INDICATOR_CATALOGUE } from './catalogue';
export { createCatalogue, type IndicatorCatalogue, type IndicatorMatch } from './lookup';
export { CRM_STAGES, STAGE_LABELS, type Stage } from './stages';
export { DIRECTION_LABELS } from './directions';
export { readIndicators, CRM_INDICATORS_SHEET } from './read-indicators';
export { INDICATOR_CATALOGUE_SHEET } from './catalogue-sheet';
export { checkIndicators } from './check-indicators';
export { evaluateIndicators } from './evaluate';
export { changeOf, DEFAULT_TOLERANCE, STATUS_LABELS, type Change, type IndicatorStatus } from './change';
export type { CrmEvaluation, EvaluateOptions, IndicatorProgress, Measurement, MemberProgress, Tally } from './evaluate';
export type { CrmIndicators, CrmSource, IndicatorRow, CatalogueRow } from './model';
export type { Direction, Indicator, Unit } from './types';
