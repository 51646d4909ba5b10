import { useCallback, useState } from 'react';
import type { AnalysisView } from '../../engine/survey-engine';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { formValid } from '../../workbook/settings-form';
import type { AnalyseScreenState, ResultsWritten } from './AnalyseScreen.types';

export function useAnalyseScreen(): AnalyseScreenState {
  const { strings } = useStrings();
  const session = useSession();
  const { lastCheck, settingsForm, editSettings, writtenComparison } = session;
  const pageLayout = session.shortfalls.find((shortfall) => shortfall.extra === 'pageLayout');
  const { busy, error, perform } = useWork();
  const [outcome, setOutcome] = useState<AnalysisView>();
  const [written, setWritten] = useState<ResultsWritten>();
  const ready = formValid(settingsForm);

  const run = useCallback(async () => {
    if (!ready) return;
    setWritten(undefined);
    const result = await perform('analysing', (onProgress) => session.analyse(undefined, onProgress));
    if (result) setOutcome(result.view);
  }, [ready, perform, session]);

  const writeResults = useCallback(async () => {
    if (!ready) return;
    setWritten(undefined);
    const result = await perform('writing', (onProgress) => session.writeAnalysis({ kind: 'results' }, writtenComparison, onProgress));
    if (!result) return;
    setOutcome(result.view);
    setWritten({ sheets: result.sheets, settingsSaved: result.settingsSaved });
  }, [ready, perform, session, writtenComparison]);

  return {
    strings: strings.analyse,
    busy,
    form: settingsForm,
    editForm: editSettings,
    ...(lastCheck ? { settingsOwner: lastCheck.settingsOwner } : {}),
    formQuestionnaire: lastCheck?.form === true,
    conditional: lastCheck?.conditional === true,
    ...(outcome ? { outcome } : {}),
    ...(written ? { written } : {}),
    ...(pageLayout ? { pageLayoutNeeds: pageLayout.needs } : {}),
    ...(error !== undefined ? { error } : {}),
    analyse: () => void run(),
    writeResults: () => void writeResults(),
  };
}
