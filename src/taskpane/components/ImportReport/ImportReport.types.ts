import type { ImportStrings } from '../../i18n/strings';
import type { ImportReport } from '../../workbook/import-submissions';

export interface ImportReportProps {
  readonly report: ImportReport;
}

export interface ReportFigure {
  readonly label: string;
  readonly value: string;
}

export interface UnusedFile {
  readonly key: string;
  readonly file: string;
  /** Why it was not used, in the pane's language. */
  readonly reason: string;
}

export interface ImportReportState {
  readonly strings: ImportStrings;
  readonly intent: 'success' | 'warning';
  /** Where the submissions went, or that nothing was written. */
  readonly outcome: string;
  /** Said when the user's own Responses sheet was left as it was, beside the new one. */
  readonly beside?: string;
  readonly figures: readonly ReportFigure[];
  readonly unused: readonly UnusedFile[];
}
