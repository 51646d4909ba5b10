/**
 * The one error the engine throws on purpose: the workbook (or file) cannot be used at all.
 * Everything less than that is an Issue, reported and survived.
 * `code` picks the message (see i18n/messages); `params` fills it in.
 */
export type UnusableReason =
  | 'file-not-found'
  | 'not-a-file'
  | 'file-unreadable'
  | 'empty-file'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'password-protected'
  | 'corrupt-xlsx'
  | 'strict-ooxml'
  | 'empty-workbook'
  | 'no-responses'
  | 'form-errors'
  | 'output-is-input'
  /** A workbook with macros, to be written under a name Excel refuses for it (any but .xlsm). */
  | 'output-needs-xlsm'
  /** A workbook without macros, to be written under an .xlsm name, which Excel refuses for it. */
  | 'output-cannot-be-xlsm'
  | 'file-unwritable'
  | 'sheet-name-taken'
  | 'table-name-taken';

export class WorkbookUnusableError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${reason}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'WorkbookUnusableError';
  }
}
