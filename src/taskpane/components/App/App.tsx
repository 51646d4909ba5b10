import { FluentProvider } from '@fluentui/react-components';
import { StringsProvider } from '../../i18n/StringsContext';
import { TasksProvider } from '../../tasks/TasksContext';
import { paneTheme } from '../../theme/pane-theme';
import { FileBar } from '../FileBar/FileBar';
import { Header } from '../Header/Header';
import { Workspace } from '../Workspace/Workspace';
import type { AppProps, AppState } from './App.types';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';

export function renderApp(state: AppState, styles: ReturnType<typeof useAppStyles>) {
  const { pane, tasks, file, workbook } = state;
  return (
    // Layout goes on the main element: the provider's own classes are copied to every popup's portal.
    <FluentProvider theme={paneTheme(state.dark)} lang={pane.language}>
      <StringsProvider value={pane}>
        <TasksProvider value={tasks}>
          <main className={styles.root}>
            <Header showTitle={state.inBrowser} onSwitchLanguage={state.switchLanguage} />
            {state.inBrowser && (
              <FileBar
                file={file}
                excelNotFound={state.excelNotFound}
                busy={tasks.busy !== undefined}
                error={state.openError}
                onOpen={state.openFile}
                onDownload={state.download}
              />
            )}
            {workbook && <Workspace key={state.workbookKey} workbook={workbook} onWritten={state.markWritten} />}
          </main>
        </TasksProvider>
      </StringsProvider>
    </FluentProvider>
  );
}

/** The task pane: the same in Excel and, on a workbook file, in a plain browser. */
export function App(props: AppProps) {
  const state = useApp(props);
  return renderApp(state, useAppStyles());
}
