import type { AnalysisView } from '../../engine/survey-engine';
import type { AnalyseStrings } from '../../i18n/strings';
import type { SettingsOwner } from '../../workbook/owned-sheets';
import type { SettingsForm } from '../../workbook/settings-form';

/** What "Write results" wrote, and whether the settings went with it. */
export interface ResultsWritten {
  readonly sheets: readonly string[];
  readonly settingsSaved: boolean;
}

export interface AnalyseScreenState {
  readonly strings: AnalyseStrings;
  readonly busy: boolean;
  readonly form: SettingsForm;
  readonly editForm: (form: SettingsForm) => void;
  readonly settingsOwner?: SettingsOwner;
  /** Whether the questionnaire is an XLSForm's, whose charts are its groups rather than the report's Charts 1–7. */
  readonly formQuestionnaire: boolean;
  /** Whether some question is asked only under a condition. */
  readonly conditional: boolean;
  readonly outcome?: AnalysisView;
  readonly written?: ResultsWritten;
  /** The ExcelApi version setting how sheets print needs, when the Excel in use is older. */
  readonly pageLayoutNeeds?: string;
  readonly error?: unknown;
  readonly analyse: () => void;
  readonly writeResults: () => void;
}
