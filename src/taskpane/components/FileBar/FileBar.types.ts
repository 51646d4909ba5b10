import type { RefObject } from 'react';
import type { FileStrings } from '../../i18n/strings';
import type { ExcelNotFound } from '../../workbook/pane-workbook';
import type { OpenedFile } from '../App/App.types';

export interface FileBarProps {
  readonly file?: OpenedFile | undefined;
  /** Why the pane is not working in Excel, said until a workbook is open; absent in a plain browser. */
  readonly excelNotFound?: ExcelNotFound | undefined;
  readonly busy: boolean;
  readonly error?: unknown;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

export interface FileBarState extends Omit<FileBarProps, 'onOpen'> {
  readonly strings: FileStrings;
  readonly input: RefObject<HTMLInputElement>;
  /** Opens the browser's file chooser. */
  readonly choose: () => void;
  readonly chosen: (files: FileList | null) => void;
}
