import { BASE_OPTIONS, REGISTRY_1998 } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import { firstResponsesValid, populationValid } from '../../workbook/settings-form';
import type { SettingsFieldsProps, SettingsFieldsState } from './SettingsFields.types';

export function useSettingsFields(props: SettingsFieldsProps): SettingsFieldsState {
  const { language, strings } = useStrings();
  const { form, onChange } = props;
  return {
    ...props,
    strings: strings.analyse,
    firstResponsesValid: firstResponsesValid(form.firstResponses),
    populationValid: populationValid(form.population),
    registryMembers: REGISTRY_1998.members.length,
    base: form.base ?? 'answered',
    bases: BASE_OPTIONS.filter((base) => base !== 'applicable' || props.conditional || form.base === 'applicable'),
    language: form.language ?? language,
    set: (key, value) => onChange({ ...form, [key]: value }),
  };
}
