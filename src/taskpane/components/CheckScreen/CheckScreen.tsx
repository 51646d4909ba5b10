import { Body1, Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { CHECK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { ImportSubmissions } from '../ImportSubmissions/ImportSubmissions';
import { IssueGroups } from '../IssueGroups/IssueGroups';
import { MemberQuestionField } from '../MemberQuestionField/MemberQuestionField';
import type { CheckScreenState } from './CheckScreen.types';
import { useCheckScreen } from './useCheckScreen';
import { useCheckScreenStyles } from './useCheckScreenStyles.styles';

export function renderCheckScreen(state: CheckScreenState, styles: ReturnType<typeof useCheckScreenStyles>) {
  const { strings, findings } = state;
  return (
    <section className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {strings.intro}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={state.busy} onClick={state.check}>
          {strings.run}
        </Button>
        <Button disabledFocusable={state.busy || !findings} onClick={state.writeValidation}>
          {strings.writeValidation}
        </Button>
      </div>
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
      <BusyStatus tasks={CHECK_TASKS} />
      <ErrorBar error={state.error} />
      {state.validationWritten && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.validationWritten}</MessageBarBody>
        </MessageBar>
      )}
      <Body1 as="p" role="status" className={styles.summary}>
        {findings ? strings.summary(findings.errors, findings.warnings, findings.submissions) : idle(state) && strings.notYet}
      </Body1>
      {findings && findings.issues.length > 0 && (
        <>
          <Caption1 className={styles.hint}>{state.goesToCells ? strings.goToHint : strings.browserHint}</Caption1>
          <IssueGroups issues={findings.issues} onChoose={state.choose} chosen={state.chosen} />
        </>
      )}
    </section>
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
