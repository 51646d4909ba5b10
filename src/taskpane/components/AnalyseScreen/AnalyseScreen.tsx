import { Button, Caption1 } from '@fluentui/react-components';
import { WORKBOOK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { HeadlineFigures } from '../HeadlineFigures/HeadlineFigures';
import { ScreenFrame } from '../ScreenFrame/ScreenFrame';
import { SectionPercentages } from '../SectionPercentages/SectionPercentages';
import { SettingsFields } from '../SettingsFields/SettingsFields';
import type { AnalyseScreenState } from './AnalyseScreen.types';
import { useAnalyseScreen } from './useAnalyseScreen';
import { useAnalyseScreenStyles } from './useAnalyseScreenStyles.styles';

function renderWritten(state: AnalyseScreenState) {
  const { strings, written } = state;
  if (!written) return null;
  return (
    <>
      {strings.written(written.sheets.join(', '))} {written.settingsSaved && strings.settingsSaved}{' '}
      {state.pageLayoutNeeds && strings.printsAsExcelSetsIt(state.pageLayoutNeeds)}
    </>
  );
}

export function renderAnalyseScreen(state: AnalyseScreenState, styles: ReturnType<typeof useAnalyseScreenStyles>) {
  const { strings, outcome } = state;
  return (
    <ScreenFrame
      className={styles.root}
      intro={state.formQuestionnaire ? strings.introForm : strings.intro}
      beforeActions={<SettingsFields form={state.form} onChange={state.editForm} owner={state.settingsOwner} conditional={state.conditional} />}
      actions={
        <>
          <Button appearance="primary" disabledFocusable={state.busy} onClick={state.analyse}>
            {strings.run}
          </Button>
          <Button disabledFocusable={state.busy} onClick={state.writeResults}>
            {strings.write}
          </Button>
        </>
      }
      afterActions={<Caption1 className={styles.hint}>{strings.writeHint}</Caption1>}
      status={<BusyStatus tasks={WORKBOOK_TASKS} />}
      error={state.error}
      written={renderWritten(state)}
    >
      <div role="status" className={styles.results}>
        {outcome && <Caption1>{strings.ready(outcome.analysis.headline.respondentsCounted)}</Caption1>}
      </div>
      {outcome && (
        <div className={styles.results}>
          <HeadlineFigures headline={outcome.analysis.headline} />
          <SectionPercentages analysis={outcome.analysis} />
        </div>
      )}
    </ScreenFrame>
  );
}

/** Analyse: the settings, a preview of the headline and of each section's percentages, and the writing of it all. */
export function AnalyseScreen() {
  return renderAnalyseScreen(useAnalyseScreen(), useAnalyseScreenStyles());
}
