import type { AnalyseOutcome } from '../../../core';
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
  readonly outcome?: AnalyseOutcome;
  readonly written?: ResultsWritten;
  readonly error?: unknown;
  readonly analyse: () => void;
  readonly writeResults: () => void;
}
