import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Language } from '../../../core';
import { STRINGS } from '../../i18n/strings';
import { useTasks } from '../../tasks/useTasks';
import { useDarkTheme } from '../../theme/useDarkTheme';
import { downloadWorkbook } from '../../workbook/download';
import type { FileWorkbook } from '../../workbook/pane-workbook';
import type { AppProps, AppState } from './App.types';
import { useLeaveGuard } from './useLeaveGuard';

export function useApp({ mode, initialLanguage, officeBackground }: AppProps): AppState {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const dark = useDarkTheme(officeBackground);
  const tasks = useTasks();
  const [opened, setOpened] = useState<{ workbook: FileWorkbook; key: number }>();
  const [written, setWritten] = useState(false);
  // Written since the last download: leaving the page or opening another workbook would lose it.
  const [unsaved, setUnsaved] = useState(false);
  const [openError, setOpenError] = useState<unknown>();

  const openFile = useCallback(
    async (file: File) => {
      if (mode.kind !== 'browser') return;
      setOpenError(undefined);
      const result = await tasks.run('opening', () => mode.open(file));
      if (result.status === 'failed') setOpenError(result.error);
      if (result.status !== 'done') return;
      opened?.workbook.close();
      setOpened((previous) => ({ workbook: result.value, key: (previous?.key ?? 0) + 1 }));
      setWritten(false);
      setUnsaved(false);
    },
    [mode, tasks, opened],
  );

  const download = useCallback(() => {
    if (!opened) return;
    downloadWorkbook(opened.workbook.bytes(), opened.workbook.name, opened.workbook.kind);
    setUnsaved(false);
  }, [opened]);

  const markWritten = useCallback(() => {
    setWritten(true);
    setUnsaved(true);
  }, []);
  useLeaveGuard(unsaved);
  const workbook = mode.kind === 'excel' ? mode.workbook : opened?.workbook;
  const cancel = workbook?.engine.cancel;
  const tasksOfWorkbook = useMemo(() => (cancel ? { ...tasks, cancel } : tasks), [tasks, cancel]);
  const switchLanguage = useCallback(() => setLanguage((current) => STRINGS[current].otherLanguage.code), []);
  const pane = useMemo(() => ({ language, strings: STRINGS[language] }), [language]);
  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return {
    pane,
    switchLanguage,
    dark,
    tasks: tasksOfWorkbook,
    inBrowser: mode.kind === 'browser',
    excelNotFound: mode.kind === 'browser' ? mode.excelNotFound : undefined,
    workbook,
    workbookKey: opened?.key ?? 0,
    ...(opened ? { file: { name: opened.workbook.name, written, unsaved } } : {}),
    ...(openError !== undefined ? { openError } : {}),
    openFile: (file) => void openFile(file),
    download,
    markWritten,
  };
}
