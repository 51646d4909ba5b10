import { createContext, useContext } from 'react';
import type { WorkbookPlan } from '../../core';
import type { AnalysisChoices, ComparisonChoice } from '../workbook/analysis-request';
import type { PaneWorkbook } from '../workbook/pane-workbook';
import type { ReadWorkbook } from '../workbook/read-workbook';
import type { SettingsForm } from '../workbook/settings-form';

/** What every screen shares about the open workbook: reading, writing, settings and the comparison. */
export interface Session {
  readonly workbook: PaneWorkbook;
  /** Reads and checks the workbook; the other screens then see it (Members, sheets, settings). */
  readonly read: () => Promise<ReadWorkbook>;
  readonly lastRead?: ReadWorkbook;
  /** Writes a plan; in the browser, the download then holds it. */
  readonly write: (plan: WorkbookPlan) => Promise<void>;
  readonly settingsForm: SettingsForm;
  readonly editSettings: (form: SettingsForm) => void;
  /** Everything `analyse` needs besides the read: the settings are the form's once edited, else the Settings sheet's. */
  readonly choicesFor: (read: ReadWorkbook, comparison?: ComparisonChoice) => AnalysisChoices;
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
