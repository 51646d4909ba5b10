import { Body1, Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { CrmMembers } from '../CrmMembers/CrmMembers';
import { WORKBOOK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ScreenFrame } from '../ScreenFrame/ScreenFrame';
import type { CrmScreenState } from './CrmScreen.types';
import { useCrmScreen } from './useCrmScreen';
import { useCrmScreenStyles } from './useCrmScreenStyles.styles';

type Styles = ReturnType<typeof useCrmScreenStyles>;

function renderEvaluation(state: CrmScreenState, styles: Styles) {
  const { strings, evaluation } = state;
  if (!evaluation) return null;
  if (!state.hasIndicators) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{strings.none}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Body1 as="p" role="status" className={styles.text}>
        {strings.ready(evaluation.members.length)}
        {state.readAt !== undefined && ` ${strings.readAt(state.readAt)}`}
      </Body1>
      {evaluation.leftOut > 0 && <Caption1 className={styles.hint}>{strings.leftOut(evaluation.leftOut)}</Caption1>}
      <CrmMembers evaluation={evaluation} />
    </>
  );
}

export function renderCrmScreen(state: CrmScreenState, styles: Styles) {
  const { strings } = state;
  return (
    <ScreenFrame
      intro={strings.intro}
      actions={
        <>
          <Button appearance="primary" disabledFocusable={state.busy} onClick={state.readAgain}>
            {strings.readAgain}
          </Button>
          <Button disabledFocusable={state.busy || !state.hasIndicators} onClick={state.write}>
            {strings.write}
          </Button>
        </>
      }
      status={<BusyStatus tasks={WORKBOOK_TASKS} />}
      error={state.error}
      written={state.written && strings.written}
    >
      {renderEvaluation(state, styles)}
    </ScreenFrame>
  );
}

/** CRM indicators: each Member's indicators from baseline to follow-up; writes the CRM Summary sheet. */
export function CrmScreen() {
  return renderCrmScreen(useCrmScreen(), useCrmScreenStyles());
}
