import { useCallback, useMemo, useRef, useState } from 'react';
import { serialOfMs } from '../../core';
import type { AnalysisAsk, CheckAsk, CheckedWorkbook } from '../engine/survey-engine';
import { useStrings } from '../i18n/StringsContext';
import type { ComparisonChoice } from '../workbook/analysis-request';
import type { PaneWorkbook } from '../workbook/pane-workbook';
import { EMPTY_FORM, formOfSettings, settingsOfForm, type SettingsForm } from '../workbook/settings-form';
import type { Session } from './session';

/** The session of one workbook: until the user edits the settings, they follow the Settings sheet. */
export function useWorkbookSession(workbook: PaneWorkbook, onWritten: () => void): Session {
  const { language, strings } = useStrings();
  const { engine } = workbook;
  const [lastCheck, setLastCheck] = useState<CheckedWorkbook>();
  const [checkedAt, setCheckedAt] = useState<number>();
  const [settingsForm, setSettingsForm] = useState<SettingsForm>(EMPTY_FORM);
  const [writtenComparison, setWrittenComparison] = useState<ComparisonChoice>();
  const edited = useRef(false);
  // What work is asked with: the form as last edited, without waiting for React to render it.
  const formNow = useRef(settingsForm);

  const checked = useCallback((result: CheckedWorkbook) => {
    setLastCheck(result);
    setCheckedAt(Date.now());
    if (edited.current) return;
    formNow.current = formOfSettings(result.settings);
    setSettingsForm(formNow.current);
  }, []);

  const checkAsk = useCallback((): CheckAsk => {
    const memberQuestion = edited.current ? formNow.current.memberQuestion : undefined;
    return memberQuestion ? { memberQuestion } : {};
  }, []);

  // An edited form that is not valid yet (the Analyse screen says so) leaves the sheet's settings in force.
  const analysisAsk = useCallback(
    (comparison: ComparisonChoice | undefined): AnalysisAsk => {
      const settings = edited.current ? settingsOfForm(formNow.current) : undefined;
      return { ...checkAsk(), ...(settings ? { settings } : {}), paneLanguage: language, today: serialOfMs(Date.now()), ...(comparison ? { comparison } : {}) };
    },
    [checkAsk, language],
  );

  const editSettings = useCallback((form: SettingsForm) => {
    edited.current = true;
    formNow.current = form;
    setSettingsForm(form);
  }, []);

  // Template and Import name the Member by the question chosen, edited or read from the Settings sheet.
  const memberQuestion = settingsForm.memberQuestion;

  return useMemo(
    (): Session => ({
      ...(workbook.name !== undefined ? { name: workbook.name } : {}),
      ...(workbook.goTo ? { goTo: workbook.goTo } : {}),
      shortfalls: workbook.shortfalls ?? [],
      ...(lastCheck ? { lastCheck } : {}),
      ...(checkedAt !== undefined ? { checkedAt } : {}),
      async check(onProgress) {
        const result = await engine.check(checkAsk(), serialOfMs(Date.now()), onProgress);
        checked(result);
        return result;
      },
      async analyse(comparison, onProgress) {
        const result = await engine.analyse(analysisAsk(comparison), onProgress);
        checked(result.checked);
        return result;
      },
      async writeAnalysis(sheets, comparison, onProgress) {
        const result = await engine.writeAnalysis(analysisAsk(comparison), sheets, onProgress);
        onWritten();
        checked(result.checked);
        return result;
      },
      async writeProfile(member, onProgress) {
        const result = await engine.writeProfile(analysisAsk(undefined), member, onProgress);
        onWritten();
        checked(result.checked);
        return result;
      },
      async createTemplate(member, sheetLanguage) {
        const sheet = await engine.createTemplate({ ...(member ? { member } : {}), language: sheetLanguage, ...(memberQuestion ? { memberQuestion } : {}) });
        onWritten();
        return sheet;
      },
      async importSubmissions(files, onProgress) {
        const workbookName = workbook.name ?? strings.imports.thisWorkbook;
        const report = await engine.importSubmissions({ files, language, workbookName, ...(memberQuestion ? { memberQuestion } : {}) }, onProgress);
        if (report.sheet) onWritten();
        return report;
      },
      settingsForm,
      editSettings,
      ...(writtenComparison ? { writtenComparison } : {}),
      setWrittenComparison,
    }),
    [
      workbook,
      engine,
      lastCheck,
      checkedAt,
      checkAsk,
      analysisAsk,
      checked,
      onWritten,
      memberQuestion,
      language,
      strings,
      settingsForm,
      editSettings,
      writtenComparison,
    ],
  );
}
