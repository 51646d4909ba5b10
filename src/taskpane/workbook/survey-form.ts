import { REGISTRY_1998 } from '../../core';

/**
 * The Member list the pane's templates and imports are made for, as the command line's `template`
 * and `consolidate` use; the questionnaire is the workbook's own (`usableQuestionnaire`).
 */
export const REGISTRY = REGISTRY_1998;
