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
  /** When the sheet was last read: a new reading shows as a new time even when nothing changed. */
  readonly readAt?: number;
  /** Reads the CRM Indicators sheet again, after the user changed it. */
  readonly readAgain: () => void;
  readonly write: () => void;
}
