import { Button, Caption1, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { LANGUAGES, type Language } from '../../../core';
import { WORKBOOK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { MemberPicker } from '../MemberPicker/MemberPicker';
import { ScreenFrame } from '../ScreenFrame/ScreenFrame';
import type { TemplateScreenState } from './TemplateScreen.types';
import { useTemplateScreen } from './useTemplateScreen';
import { useTemplateScreenStyles } from './useTemplateScreenStyles.styles';

function renderCreated(state: TemplateScreenState) {
  const { strings, created } = state;
  if (!created) return null;
  const next = created.shown ? strings.createdInExcel : state.inExcel ? '' : strings.createdInBrowser;
  return (
    <>
      {strings.created(created.sheet)} {next} {state.dropdownsNeed && strings.noDropdowns(state.dropdownsNeed)}
    </>
  );
}

export function renderTemplateScreen(state: TemplateScreenState, styles: ReturnType<typeof useTemplateScreenStyles>) {
  const { strings } = state;
  return (
    <ScreenFrame
      intro={strings.intro}
      beforeActions={
        <>
          <MemberPicker choice={state.choice} onChange={state.choose} />
          <Field label={strings.language}>
            <RadioGroup layout="horizontal" value={state.language} onChange={(_, data) => state.setLanguage(data.value as Language)}>
              {LANGUAGES.map((language) => (
                <Radio key={language} value={language} label={strings.languages[language]} />
              ))}
            </RadioGroup>
          </Field>
        </>
      }
      actions={
        <Button appearance="primary" disabledFocusable={state.busy} onClick={state.create}>
          {strings.create}
        </Button>
      }
      afterActions={<Caption1 className={styles.hint}>{strings.hint}</Caption1>}
      status={<BusyStatus tasks={WORKBOOK_TASKS} />}
      error={state.error}
      written={renderCreated(state)}
    />
  );
}

/** Template: a blank submission sheet for a Member's coordinator, in English or French, added as a new sheet. */
export function TemplateScreen() {
  return renderTemplateScreen(useTemplateScreen(), useTemplateScreenStyles());
}
