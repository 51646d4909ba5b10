import { useCallback, useMemo, useRef, useState } from 'react';
import { serialOfMs, type WorkbookPlan } from '../../core';
import { useStrings } from '../i18n/StringsContext';
import type { ComparisonChoice } from '../workbook/analysis-request';
import type { PaneWorkbook } from '../workbook/pane-workbook';
import { readAndCheck, type ReadWorkbook } from '../workbook/read-workbook';
import { EMPTY_FORM, formOfSettings, settingsOfForm, type SettingsForm } from '../workbook/settings-form';
import type { Session } from './session';

/** The session of one workbook: until the user edits the settings, they follow the Settings sheet. */
export function useWorkbookSession(workbook: PaneWorkbook, onWritten: () => void): Session {
  const { language } = useStrings();
  const [lastRead, setLastRead] = useState<ReadWorkbook>();
  const [settingsForm, setSettingsForm] = useState<SettingsForm>(EMPTY_FORM);
  const [writtenComparison, setWrittenComparison] = useState<ComparisonChoice>();
  const edited = useRef(false);
  // What `read` checks with: the form as last edited, without waiting for React to render it.
  const formNow = useRef(settingsForm);

  const read = useCallback(async () => {
    const memberQuestion = edited.current ? formNow.current.memberQuestion : undefined;
    const result = await readAndCheck(workbook, serialOfMs(Date.now()), memberQuestion ? { memberQuestion } : {});
    setLastRead(result);
    if (!edited.current) {
      formNow.current = formOfSettings(result.check.settings);
      setSettingsForm(formNow.current);
    }
    return result;
  }, [workbook]);

  const write = useCallback(
    async (plan: WorkbookPlan) => {
      await workbook.write(plan);
      onWritten();
    },
    [workbook, onWritten],
  );

  const editSettings = useCallback((form: SettingsForm) => {
    edited.current = true;
    formNow.current = form;
    setSettingsForm(form);
  }, []);

  // An edited form that is not valid yet (the Analyse screen says so) leaves the sheet's settings in force.
  const settingsFor = useCallback(
    (result: ReadWorkbook) => (edited.current ? settingsOfForm(settingsForm) : undefined) ?? result.check.settings,
    [settingsForm],
  );

  const choicesFor = useCallback(
    (result: ReadWorkbook, comparison?: ComparisonChoice) => ({
      settings: settingsFor(result),
      paneLanguage: language,
      today: serialOfMs(Date.now()),
      ...(comparison ? { comparison } : {}),
    }),
    [settingsFor, language],
  );

  return useMemo(
    () => ({
      workbook,
      read,
      lastRead,
      write,
      settingsForm,
      editSettings,
      choicesFor,
      writtenComparison,
      setWrittenComparison,
    }),
    [workbook, read, lastRead, write, settingsForm, editSettings, choicesFor, writtenComparison],
  );
}
