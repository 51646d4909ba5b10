import { Button, Caption1, Field, ProgressBar } from '@fluentui/react-components';
import { ImportReport } from '../ImportReport/ImportReport';
import { ScreenFrame } from '../ScreenFrame/ScreenFrame';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { ImportSubmissionsProps, ImportSubmissionsState } from './ImportSubmissions.types';
import { useImportSubmissions } from './useImportSubmissions';
import { useImportSubmissionsStyles } from './useImportSubmissionsStyles.styles';
import { WORKBOOK_FILE_TYPES } from '../../workbook/workbook-files';

type Styles = ReturnType<typeof useImportSubmissionsStyles> & { readonly hidden: string };

function renderProgress(state: ImportSubmissionsState, styles: Styles) {
  const { progress, strings } = state;
  if (!progress) return null;
  const reading = progress.done < progress.total;
  const text = reading ? strings.reading(progress.done + 1, progress.total, progress.file ?? '') : strings.writing;
  // The bar and its label; the file being read goes beside it, not into a live region: 190 files are not read out.
  return (
    <Field label={state.progressLabel} validationState="none" validationMessage={<span className={styles.file}>{text}</span>}>
      <ProgressBar value={progress.done} max={progress.total} />
    </Field>
  );
}

export function renderImportSubmissions(state: ImportSubmissionsState, styles: Styles) {
  const { strings } = state;
  return (
    <ScreenFrame
      as="div"
      className={styles.root}
      beforeActions={
        <input
          ref={state.input}
          type="file"
          multiple
          accept={WORKBOOK_FILE_TYPES}
          aria-label={strings.button}
          // Out of sight, of the tab order and of the accessibility tree: the button opens it and is the one
          // announced. The label is for tools that pick files with it, such as the browser tests.
          aria-hidden
          tabIndex={-1}
          className={styles.hidden}
          onChange={(event) => state.chosen(event.currentTarget.files)}
        />
      }
      actions={
        <Button disabledFocusable={state.busy} onClick={state.choose} aria-describedby={state.descriptionId}>
          {strings.button}
        </Button>
      }
      // Said under the button, not in a tooltip, which stayed open over the file dialog the button opens.
      afterActions={
        <Caption1 id={state.descriptionId} className={styles.hint}>
          {strings.description}
        </Caption1>
      }
      status={
        <>
          <div role="status" aria-live="polite" className={styles.hidden}>
            {state.progress && state.progressLabel}
          </div>
          {renderProgress(state, styles)}
        </>
      }
      error={state.error}
    >
      {state.report && <ImportReport report={state.report} />}
    </ScreenFrame>
  );
}

/**
 * Import submissions: the returned files the user picks, gathered after the workbook's own rows into one
 * consolidated Responses table with its Import Log, or, in a workbook imported into before, added under
 * that table's rows; then what became of each file, and a fresh check.
 */
export function ImportSubmissions(props: ImportSubmissionsProps) {
  return renderImportSubmissions(useImportSubmissions(props), { ...useImportSubmissionsStyles(), hidden: useVisuallyHiddenStyles().root });
}
