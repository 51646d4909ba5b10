import { Body1, Button, Caption1 } from '@fluentui/react-components';
import { FILE_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { FileBarProps, FileBarState } from './FileBar.types';
import { useFileBar } from './useFileBar';
import { useFileBarStyles } from './useFileBarStyles.styles';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Styles = ReturnType<typeof useFileBarStyles> & { readonly input: string };

export function renderFileBar(state: FileBarState, styles: Styles) {
  const { strings, file } = state;
  return (
    <section className={styles.root}>
      {!file && (
        <Body1 as="p" className={styles.text}>
          {strings.intro}
        </Body1>
      )}
      {file && (
        <Body1 as="p" className={styles.name}>
          {strings.opened(file.name)}
        </Body1>
      )}
      <input
        ref={state.input}
        type="file"
        accept={XLSX_TYPES}
        aria-label={strings.open}
        // Out of sight and out of the tab order: the button opens it; its label names it for assistive tools.
        tabIndex={-1}
        className={styles.input}
        onChange={(event) => state.chosen(event.currentTarget.files)}
      />
      <div className={styles.actions}>
        <Button appearance={file ? 'secondary' : 'primary'} disabledFocusable={state.busy} onClick={state.choose}>
          {file ? strings.openAnother : strings.open}
        </Button>
        {file && (
          <Button appearance="primary" disabledFocusable={state.busy || !file.written} onClick={state.onDownload}>
            {strings.download}
          </Button>
        )}
      </div>
      {file && <Caption1>{file.written ? strings.writtenNotSaved : strings.nothingWritten}</Caption1>}
      <BusyStatus tasks={FILE_TASKS} />
      <ErrorBar error={state.error} />
    </section>
  );
}

/** In a browser: opens a workbook file, and downloads it with the sheets written. */
export function FileBar(props: FileBarProps) {
  return renderFileBar(useFileBar(props), { ...useFileBarStyles(), input: useVisuallyHiddenStyles().root });
}
