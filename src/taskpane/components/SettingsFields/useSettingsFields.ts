import { useStrings } from '../../i18n/StringsContext';
import { firstResponsesValid } from '../../workbook/settings-form';
import type { SettingsFieldsProps, SettingsFieldsState } from './SettingsFields.types';

export function useSettingsFields(props: SettingsFieldsProps): SettingsFieldsState {
  const { language, strings } = useStrings();
  const { form, onChange } = props;
  return {
    ...props,
    strings: strings.analyse,
    firstResponsesValid: firstResponsesValid(form.firstResponses),
    base: form.base ?? 'answered',
    language: form.language ?? language,
    set: (key, value) => onChange({ ...form, [key]: value }),
  };
}
