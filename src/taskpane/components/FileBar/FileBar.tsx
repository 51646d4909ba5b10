import { Body1, Body1Strong, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { FileStrings } from '../../i18n/strings';
import { FILE_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { FileBarProps, FileBarState } from './FileBar.types';
import { useFileBar } from './useFileBar';
import { useFileBarStyles } from './useFileBarStyles.styles';
import { WORKBOOK_FILE_TYPES } from '../../workbook/workbook-files';

type Styles = ReturnType<typeof useFileBarStyles> & { readonly input: string };

/** Before a workbook is open: which tabs each kind of user works in. */
function renderRoles(strings: FileStrings, styles: Styles) {
  return (
    <>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.whoDoesWhat}
      </Subtitle2>
      <ul className={styles.roles}>
        {strings.roles.map((role) => (
          <li key={role.who} className={styles.role}>
            <Body1Strong>{role.who}</Body1Strong>
            <Body1>{role.what}</Body1>
          </li>
        ))}
      </ul>
    </>
  );
}

export function renderFileBar(state: FileBarState, styles: Styles) {
  const { strings, file } = state;
  // The main action: keeping what was written, unless a file just failed to open and another is wanted.
  const downloadFirst = file?.written === true && state.error === undefined;
  return (
    <section className={styles.root}>
      {!file && state.excelNotFound && (
        <Body1 as="p" className={styles.text}>
          {strings.officeJsNotLoaded(state.excelNotFound.officeJsHost)}
        </Body1>
      )}
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
        accept={WORKBOOK_FILE_TYPES}
        aria-label={strings.open}
        // Out of sight, of the tab order and of the accessibility tree: the button opens it and is the one
        // announced. The label is for tools that pick files with it, such as the browser tests.
        aria-hidden
        tabIndex={-1}
        className={styles.input}
        onChange={(event) => state.chosen(event.currentTarget.files)}
      />
      <div className={styles.actions}>
        <Button appearance={downloadFirst ? 'secondary' : 'primary'} disabledFocusable={state.busy} onClick={state.choose}>
          {file ? strings.openAnother : strings.open}
        </Button>
        {file && (
          <Button appearance={downloadFirst ? 'primary' : 'secondary'} disabledFocusable={state.busy || !file.written} onClick={state.onDownload}>
            {strings.download}
          </Button>
        )}
      </div>
      {!file && renderRoles(strings, styles)}
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
