import type { CrmEvaluation } from '../../../core';
import type { CrmStrings } from '../../i18n/strings';

export interface CrmScreenState {
  readonly strings: CrmStrings;
  readonly busy: boolean;
  /** Absent until the workbook has been read. */
  readonly evaluation?: CrmEvaluation;
  /** Whether the workbook has a CRM Indicators sheet at all. */
  readonly hasIndicators: boolean;
  readonly written: boolean;
  readonly error?: unknown;
  readonly preview: () => void;
  readonly write: () => void;
}
