import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { LANGUAGES, type BaseOption, type Language } from '../../../core';
import type { SettingsFieldsProps, SettingsFieldsState } from './SettingsFields.types';
import { useSettingsFields } from './useSettingsFields';
import { useSettingsFieldsStyles } from './useSettingsFieldsStyles.styles';

export function renderSettingsFields(state: SettingsFieldsState, styles: ReturnType<typeof useSettingsFieldsStyles>) {
  const { strings } = state;
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{strings.settings}</legend>
      {wholeNumberField(state, styles, 'firstResponses', {
        label: strings.firstResponses,
        hint: strings.firstResponsesHint,
        valid: state.firstResponsesValid,
        invalid: strings.firstResponsesInvalid,
      })}
      {wholeNumberField(state, styles, 'population', {
        label: strings.population,
        hint: strings.populationHint(state.registryMembers),
        valid: state.populationValid,
        invalid: strings.populationInvalid,
      })}
      <Field label={strings.base}>
        <RadioGroup value={state.base} onChange={(_, data) => state.set('base', data.value as BaseOption)}>
          {state.bases.map((base) => (
            <Radio key={base} value={base} label={strings.bases[base]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={strings.language}>
        <RadioGroup layout="horizontal" value={state.language} onChange={(_, data) => state.set('language', data.value as Language)}>
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={strings.languages[language]} />
          ))}
        </RadioGroup>
      </Field>
      {(state.owner === 'user' || state.owner === 'form') && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.owner === 'user' ? strings.userSettingsSheet : strings.formSettingsSheet}</MessageBarBody>
        </MessageBar>
      )}
    </fieldset>
  );
}

/** First responses, Population, Base and Language: loaded from the Settings sheet, saved to it with the results. */
export function SettingsFields(props: SettingsFieldsProps) {
  return renderSettingsFields(useSettingsFields(props), useSettingsFieldsStyles());
}

/** A setting that is a whole number, 1 or more, or empty (First responses, Population). */
function wholeNumberField(
  state: SettingsFieldsState,
  styles: ReturnType<typeof useSettingsFieldsStyles>,
  key: 'firstResponses' | 'population',
  words: { readonly label: string; readonly hint: string; readonly valid: boolean; readonly invalid: string },
) {
  return (
    <Field label={words.label} hint={words.hint} validationState={words.valid ? 'none' : 'error'} validationMessage={words.valid ? null : words.invalid}>
      <Input
        className={styles.number}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        value={state.form[key]}
        onChange={(_, data) => state.set(key, data.value)}
      />
    </Field>
  );
}
