import { REGISTRY_1998, SURVEY_1998 } from '../../core';

/**
 * The questionnaire and the Member list that the pane's templates and imports are made for: the
 * 1998 survey's, as the command line's `template` and `consolidate` use. One place to change when
 * they follow a workbook's own questionnaire.
 */
export const QUESTIONNAIRE = SURVEY_1998;
export const REGISTRY = REGISTRY_1998;
