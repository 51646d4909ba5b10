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
      <Field
        label={strings.firstResponses}
        hint={strings.firstResponsesHint}
        validationState={state.firstResponsesValid ? 'none' : 'error'}
        validationMessage={state.firstResponsesValid ? null : strings.firstResponsesInvalid}
      >
        <Input
          className={styles.number}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={state.form.firstResponses}
          onChange={(_, data) => state.set('firstResponses', data.value)}
        />
      </Field>
      <Field
        label={strings.population}
        hint={strings.populationHint(state.registryMembers)}
        validationState={state.populationValid ? 'none' : 'error'}
        validationMessage={state.populationValid ? null : strings.populationInvalid}
      >
        <Input
          className={styles.number}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={state.form.population}
          onChange={(_, data) => state.set('population', data.value)}
        />
      </Field>
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
