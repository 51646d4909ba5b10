import { useCallback, useState } from 'react';
import type { AnalyseOutcome, Settings } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { analyse } from '../../workbook/analysis-request';
import { settingsOwner, withSettingsSaved, type SettingsOwner } from '../../workbook/owned-sheets';
import { firstResponsesValid } from '../../workbook/settings-form';
import type { AnalyseScreenState, ResultsWritten } from './AnalyseScreen.types';

/** Saved unless the sheet is the user's, or there is neither a sheet nor anything to save. */
function savesSettings(owner: SettingsOwner, settings: Settings): boolean {
  return owner === 'add-in' || (owner === 'none' && Object.keys(settings).length > 0);
}

export function useAnalyseScreen(): AnalyseScreenState {
  const { strings } = useStrings();
  const { read, lastRead, write, choicesFor, settingsForm, editSettings, writtenComparison } = useSession();
  const { busy, error, perform } = useWork();
  const [outcome, setOutcome] = useState<AnalyseOutcome>();
  const [written, setWritten] = useState<ResultsWritten>();
  const ready = firstResponsesValid(settingsForm.firstResponses);

  const run = useCallback(async () => {
    if (!ready) return;
    setWritten(undefined);
    const result = await perform('analysing', async () => {
      const workbook = await read();
      return analyse(workbook, choicesFor(workbook));
    });
    if (result) setOutcome(result);
  }, [ready, perform, read, choicesFor]);

  const writeResults = useCallback(async () => {
    if (!ready) return;
    setWritten(undefined);
    const result = await perform('writing', async () => {
      const workbook = await read();
      const choices = choicesFor(workbook, writtenComparison);
      const analysed = analyse(workbook, choices);
      const saved = savesSettings(settingsOwner(workbook.snapshot), choices.settings);
      await write(saved ? withSettingsSaved(analysed.plan, choices.settings) : analysed.plan);
      return { analysed, written: { sheets: analysed.plan.sheets.map((s) => s.name), settingsSaved: saved } };
    });
    if (!result) return;
    setOutcome(result.analysed);
    setWritten(result.written);
  }, [ready, perform, read, choicesFor, writtenComparison, write]);

  return {
    strings: strings.analyse,
    busy,
    form: settingsForm,
    editForm: editSettings,
    ...(lastRead ? { settingsOwner: settingsOwner(lastRead.snapshot) } : {}),
    formQuestionnaire: lastRead?.check.questionnaire.form !== undefined,
    ...(outcome ? { outcome } : {}),
    ...(written ? { written } : {}),
    ...(error !== undefined ? { error } : {}),
    analyse: () => void run(),
    writeResults: () => void writeResults(),
  };
}
