import { Body1, Button, Caption1 } from '@fluentui/react-components';
import { CHECK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ImportSubmissions } from '../ImportSubmissions/ImportSubmissions';
import { IssueGroups } from '../IssueGroups/IssueGroups';
import { MemberQuestionField } from '../MemberQuestionField/MemberQuestionField';
import { ScreenFrame } from '../ScreenFrame/ScreenFrame';
import type { CheckScreenState } from './CheckScreen.types';
import { useCheckScreen } from './useCheckScreen';
import { useCheckScreenStyles } from './useCheckScreenStyles.styles';

export function renderCheckScreen(state: CheckScreenState, styles: ReturnType<typeof useCheckScreenStyles>) {
  const { strings, findings } = state;
  return (
    <ScreenFrame
      intro={strings.intro}
      actions={
        <>
          <Button appearance="primary" disabledFocusable={state.busy} onClick={state.check}>
            {strings.run}
          </Button>
          <Button disabledFocusable={state.busy || !findings} onClick={state.writeValidation}>
            {strings.writeValidation}
          </Button>
        </>
      }
      afterActions={
        <>
          {state.memberQuestion && (
            <MemberQuestionField
              questions={state.memberQuestion.questions}
              {...(state.memberQuestion.chosen ? { chosen: state.memberQuestion.chosen } : {})}
              disabled={state.busy}
              onChoose={state.chooseMemberQuestion}
            />
          )}
          {/* The Secretariat's step before checking: its report sits above the issues it brought in. */}
          <ImportSubmissions onImported={state.check} />
        </>
      }
      status={<BusyStatus tasks={CHECK_TASKS} />}
      error={state.error}
      written={state.validationWritten && strings.validationWritten}
      // A one-line message: the bar's own layout, wrapping only when the pane is too narrow for it.
      writtenLayout="auto"
    >
      <Body1 as="p" role="status" className={styles.summary}>
        {findings ? strings.summary(findings.errors, findings.warnings, findings.submissions) : idle(state) && strings.notYet}
      </Body1>
      {findings && findings.issues.length > 0 && (
        <>
          <Caption1 className={styles.hint}>{state.goesToCells ? strings.goToHint : strings.browserHint}</Caption1>
          <IssueGroups issues={findings.issues} onChoose={state.choose} chosen={state.chosen} />
        </>
      )}
    </ScreenFrame>
  );
}

/** Nothing running and nothing gone wrong: only then does "Press Check" help. */
function idle(state: CheckScreenState): boolean {
  return !state.busy && state.error === undefined;
}

/** Check: every issue of the workbook by Member and severity; choosing one shows its cell. Submissions are imported here. */
export function CheckScreen() {
  return renderCheckScreen(useCheckScreen(), useCheckScreenStyles());
}
