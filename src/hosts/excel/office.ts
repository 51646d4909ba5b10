/** What the Excel host needs from Office.js, injected so that tests can hand it a double. */

/** `Excel.run`: runs a batch function against the open workbook. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelOffice {
  readonly run: ExcelRun;
  /** Whether this Excel supports the ExcelApi requirement set `version` (e.g. "1.7"). */
  readonly supports: (version: string) => boolean;
}

/** The real Office.js, once `Office.onReady` has resolved inside Excel. */
export function officeExcel(): ExcelOffice {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
