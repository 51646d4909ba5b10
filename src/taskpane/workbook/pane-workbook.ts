import type { CellRef } from '../../core';
import type { ExcelShortfall } from '../../hosts/excel';
import type { WorkbookKind } from '../../hosts/file';
import type { SurveyEngine } from '../engine/survey-engine';

/** The workbook the pane works on: the one open in Excel, or a file opened in the browser. */
export interface PaneWorkbook {
  /** The file's name, where the pane knows it: a file opened in the browser. */
  readonly name?: string;
  /** Shows a cell in Excel. Absent in a browser, where the pane names the cell instead. */
  readonly goTo?: (ref: CellRef) => Promise<void>;
  /** Reads, checks, analyses and writes the workbook. */
  readonly engine: SurveyEngine;
  /** What the Excel in use cannot do that a newer one would; absent in a browser, where the file host does it all. */
  readonly shortfalls?: readonly ExcelShortfall[];
}

/** A workbook opened from a file in the browser: what is written goes to a copy, to download. */
export interface FileWorkbook extends PaneWorkbook {
  readonly name: string;
  /** With macros (an .xlsm, whatever the file's name says) or without. */
  readonly kind: WorkbookKind;
  /** The workbook with every sheet written so far. */
  bytes(): Uint8Array;
  /** Lets go of the file: another is open. */
  close(): void;
}

/** Why the pane opened in a browser when it may have been meant for Excel: office.js, which finds Excel, did not load. */
export interface ExcelNotFound {
  readonly reason: 'office-js-not-loaded';
  /** The host taskpane.html loads office.js from: Microsoft's CDN, or the add-in's own server. */
  readonly officeJsHost: string;
}

export type PaneMode =
  | { readonly kind: 'excel'; readonly workbook: PaneWorkbook }
  | {
      readonly kind: 'browser';
      readonly open: (file: File) => Promise<FileWorkbook>;
      /** Absent in a plain browser, where office.js loaded and found no Office around it. */
      readonly excelNotFound?: ExcelNotFound;
    };
