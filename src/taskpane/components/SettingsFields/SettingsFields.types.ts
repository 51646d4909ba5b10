import type { BaseOption, Language } from '../../../core';
import type { AnalyseStrings } from '../../i18n/strings';
import type { SettingsOwner } from '../../workbook/owned-sheets';
import type { SettingsForm } from '../../workbook/settings-form';

export interface SettingsFieldsProps {
  readonly form: SettingsForm;
  readonly onChange: (form: SettingsForm) => void;
  /** Whose the Settings sheet is, once the workbook has been read. */
  readonly owner?: SettingsOwner | undefined;
  /** Whether the questionnaire asks some question only under a condition: the `applicable` base is offered only then. */
  readonly conditional: boolean;
}

export interface SettingsFieldsState extends SettingsFieldsProps {
  readonly strings: AnalyseStrings;
  readonly firstResponsesValid: boolean;
  readonly populationValid: boolean;
  /** The Members of the registry: the population when the Population field is empty. */
  readonly registryMembers: number;
  /** What the fields show where the form leaves a setting to its default. */
  readonly base: BaseOption;
  readonly language: Language;
  /** The bases offered: `applicable` only where it differs from `answered`, or where the Settings sheet already chose it. */
  readonly bases: readonly BaseOption[];
  readonly set: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
}
