import { Body1, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import type { ImportReportProps, ImportReportState } from './ImportReport.types';
import { useImportReport } from './useImportReport';
import { useImportReportStyles } from './useImportReportStyles.styles';

type Styles = ReturnType<typeof useImportReportStyles>;

function renderUnused(state: ImportReportState, styles: Styles, headingId: string) {
  if (state.unused.length === 0) return null;
  return (
    <>
      <h3 id={headingId} className={styles.heading}>
        {state.strings.notUsed(state.unused.length)}
      </h3>
      <ul className={styles.list} aria-labelledby={headingId}>
        {state.unused.map((file) => (
          <li key={file.key} className={styles.unused}>
            <span className={styles.file}>{file.file}</span>
            <span className={styles.reason}>{file.reason}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function renderImportReport(state: ImportReportState, styles: Styles, headingId: string) {
  return (
    <div className={styles.root}>
      <MessageBar intent={state.intent} layout="multiline">
        <MessageBarBody className={styles.body}>{state.outcome}</MessageBarBody>
      </MessageBar>
      {state.beside && (
        <Body1 as="p" className={styles.beside}>
          {state.beside}
        </Body1>
      )}
      <dl className={styles.figures}>
        {state.figures.map((figure) => (
          <div key={figure.label} className={styles.figure}>
            <dt className={styles.label}>{figure.label}</dt>
            <dd className={styles.value}>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {renderUnused(state, styles, headingId)}
    </div>
  );
}

/**
 * What an import did: where the submissions went (a new consolidated sheet, or under the rows of the one an
 * earlier import made), how many from how many files, and each file not used with its reason.
 */
export function ImportReport(props: ImportReportProps) {
  return renderImportReport(useImportReport(props), useImportReportStyles(), useId('not-used'));
}
