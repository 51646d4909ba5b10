import { createContext, useContext } from 'react';
import type { CellRef, Member, Language } from '../../core';
import type { ExcelShortfall } from '../../hosts/excel';
import type { Analysed, CheckedWorkbook, OnProgress, SheetsToWrite, WrittenAnalysis, WrittenMemberProfile } from '../engine/survey-engine';
import type { ComparisonChoice } from '../workbook/analysis-request';
import type { ImportReport } from '../workbook/import-submissions';
import type { SettingsForm } from '../workbook/settings-form';
import type { TemplateSheet } from '../workbook/template-sheet';

/**
 * What every screen shares about the open workbook: the work on it, asked with the pane's settings
 * and language, and the last check, which the other screens show (Members, sheets, settings).
 */
export interface Session {
  /** The file's name, where the pane knows it: a file opened in the browser. */
  readonly name?: string;
  /** Shows a cell in Excel. Absent in a browser, where the pane names the cell instead. */
  readonly goTo?: (ref: CellRef) => Promise<void>;
  /** What the Excel in use cannot do that a newer one would, said where it shows; none in a browser. */
  readonly shortfalls: readonly ExcelShortfall[];
  readonly lastCheck?: CheckedWorkbook;
  /** When the last check read the workbook (ms since the epoch). */
  readonly checkedAt?: number;
  check(onProgress?: OnProgress): Promise<CheckedWorkbook>;
  analyse(comparison: ComparisonChoice | undefined, onProgress?: OnProgress): Promise<Analysed>;
  /** In the browser, the download then holds what is written. */
  writeAnalysis(sheets: SheetsToWrite, comparison: ComparisonChoice | undefined, onProgress?: OnProgress): Promise<WrittenAnalysis>;
  /** The profile sheet of the Member `member` (its code), counted with the pane's settings as the analysis is. */
  writeProfile(member: string, onProgress?: OnProgress): Promise<WrittenMemberProfile>;
  createTemplate(member: Member | undefined, language: Language): Promise<TemplateSheet>;
  importSubmissions(files: readonly File[], onProgress?: OnProgress): Promise<ImportReport>;
  readonly settingsForm: SettingsForm;
  readonly editSettings: (form: SettingsForm) => void;
  /** The comparison the Comparison sheet holds: kept when the results are written again. */
  readonly writtenComparison?: ComparisonChoice;
  readonly setWrittenComparison: (choice: ComparisonChoice) => void;
}

const SessionContext = createContext<Session | undefined>(undefined);

export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a workbook session');
  return session;
}
