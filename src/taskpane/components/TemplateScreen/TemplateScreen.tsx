import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { LANGUAGES, type Language } from '../../../core';
import { WORKBOOK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { MemberPicker } from '../MemberPicker/MemberPicker';
import type { TemplateScreenState } from './TemplateScreen.types';
import { useTemplateScreen } from './useTemplateScreen';
import { useTemplateScreenStyles } from './useTemplateScreenStyles.styles';

function renderCreated(state: TemplateScreenState) {
  const { strings, created } = state;
  if (!created) return null;
  const next = created.shown ? strings.createdInExcel : state.inExcel ? '' : strings.createdInBrowser;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {strings.created(created.sheet)} {next} {state.dropdownsNeed && strings.noDropdowns(state.dropdownsNeed)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function renderTemplateScreen(state: TemplateScreenState, styles: ReturnType<typeof useTemplateScreenStyles>) {
  const { strings } = state;
  return (
    <section className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {strings.intro}
      </Body1>
      <MemberPicker choice={state.choice} onChange={state.choose} />
      <Field label={strings.language}>
        <RadioGroup layout="horizontal" value={state.language} onChange={(_, data) => state.setLanguage(data.value as Language)}>
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={strings.languages[language]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={state.busy} onClick={state.create}>
          {strings.create}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{strings.hint}</Caption1>
      <BusyStatus tasks={WORKBOOK_TASKS} />
      <ErrorBar error={state.error} />
      {renderCreated(state)}
    </section>
  );
}

/** Template: a blank submission sheet for a Member's coordinator, in English or French, added as a new sheet. */
export function TemplateScreen() {
  return renderTemplateScreen(useTemplateScreen(), useTemplateScreenStyles());
}
