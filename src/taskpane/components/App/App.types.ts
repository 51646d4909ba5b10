import type { Language } from '../../../core';
import type { PaneLanguage } from '../../i18n/StringsContext';
import type { Tasks } from '../../tasks/useTasks';
import type { ExcelNotFound, PaneMode, PaneWorkbook } from '../../workbook/pane-workbook';

export interface AppProps {
  readonly mode: PaneMode;
  /** From Office's display language, or the browser's. */
  readonly initialLanguage: Language;
  /** Office's task pane background colour, which tells its theme; absent outside Office. */
  readonly officeBackground?: string | undefined;
}

/** The workbook opened in the browser, whether anything was written to it since, and whether since the last download. */
export interface OpenedFile {
  readonly name: string;
  readonly written: boolean;
  readonly unsaved: boolean;
}

export interface AppState {
  readonly pane: PaneLanguage;
  readonly switchLanguage: () => void;
  readonly dark: boolean;
  readonly tasks: Tasks;
  readonly inBrowser: boolean;
  readonly excelNotFound?: ExcelNotFound | undefined;
  readonly workbook?: PaneWorkbook | undefined;
  /** Changes with each workbook opened, so that every screen starts afresh. */
  readonly workbookKey: number;
  readonly file?: OpenedFile;
  readonly openError?: unknown;
  readonly openFile: (file: File) => void;
  readonly download: () => void;
  readonly markWritten: () => void;
}
