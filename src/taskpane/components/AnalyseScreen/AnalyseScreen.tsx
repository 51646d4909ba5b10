import { Body1, Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { WORKBOOK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { HeadlineFigures } from '../HeadlineFigures/HeadlineFigures';
import { SectionPercentages } from '../SectionPercentages/SectionPercentages';
import { SettingsFields } from '../SettingsFields/SettingsFields';
import type { AnalyseScreenState } from './AnalyseScreen.types';
import { useAnalyseScreen } from './useAnalyseScreen';
import { useAnalyseScreenStyles } from './useAnalyseScreenStyles.styles';

function renderWritten(state: AnalyseScreenState) {
  const { strings, written } = state;
  if (!written) return null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {strings.written(written.sheets.join(', '))} {written.settingsSaved && strings.settingsSaved}{' '}
        {state.pageLayoutNeeds && strings.printsAsExcelSetsIt(state.pageLayoutNeeds)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function renderAnalyseScreen(state: AnalyseScreenState, styles: ReturnType<typeof useAnalyseScreenStyles>) {
  const { strings, outcome } = state;
  return (
    <section className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {state.formQuestionnaire ? strings.introForm : strings.intro}
      </Body1>
      <SettingsFields form={state.form} onChange={state.editForm} owner={state.settingsOwner} conditional={state.conditional} />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={state.busy} onClick={state.analyse}>
          {strings.run}
        </Button>
        <Button disabledFocusable={state.busy} onClick={state.writeResults}>
          {strings.write}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{strings.writeHint}</Caption1>
      <BusyStatus tasks={WORKBOOK_TASKS} />
      <ErrorBar error={state.error} />
      {renderWritten(state)}
      <div role="status" className={styles.results}>
        {outcome && <Caption1>{strings.ready(outcome.analysis.headline.respondentsCounted)}</Caption1>}
      </div>
      {outcome && (
        <div className={styles.results}>
          <HeadlineFigures headline={outcome.analysis.headline} />
          <SectionPercentages analysis={outcome.analysis} />
        </div>
      )}
    </section>
  );
}

/** Analyse: the settings, a preview of the headline and of each section's percentages, and the writing of it all. */
export function AnalyseScreen() {
  return renderAnalyseScreen(useAnalyseScreen(), useAnalyseScreenStyles());
}
