import { useMemo } from 'react';
import { skipMessage } from '../../../core';
import { formatNumber } from '../../i18n/format';
import { useStrings } from '../../i18n/StringsContext';
import { errorMessage } from '../../tasks/error-message';
import type { ImportReport, NotUsed } from '../../workbook/import-submissions';
import type { ImportStrings } from '../../i18n/strings';
import type { ImportReportProps, ImportReportState, ReportFigure } from './ImportReport.types';

export function useImportReport({ report }: ImportReportProps): ImportReportState {
  const { language, strings } = useStrings();
  const words = strings.imports;
  // Said at render time, as the error bars are, so that switching language translates the reasons too.
  return useMemo(() => {
    const reasonOf = (file: NotUsed) =>
      file.kind === 'unreadable'
        ? errorMessage(file.error, language, strings)
        : file.kind === 'skipped'
          ? skipMessage(file.why, language)
          : words.noSubmissions;
    const n = (value: number) => formatNumber(value, language);
    // A file imported before is skipped as it should be: listed, but no cause for a warning.
    const importedBefore = report.notUsed.filter((file) => file.kind === 'skipped' && file.why === 'already-imported').length;
    const figures: ReportFigure[] = [
      { label: words.filesRead, value: words.ofFiles(report.filesRead, report.files) },
      { label: report.into ? words.added : words.gathered, value: n(report.gathered) },
      ...(report.carried > 0 ? [{ label: words.carried, value: n(report.carried) }] : []),
      ...(importedBefore > 0 ? [{ label: words.importedBefore, value: n(importedBefore) }] : []),
    ];
    return {
      strings: words,
      intent: report.sheet && report.notUsed.length === importedBefore ? 'success' : 'warning',
      outcome: outcomeOf(report, words),
      ...(report.besideSheet && report.sheet ? { beside: words.besideYours(report.besideSheet, report.sheet) } : {}),
      figures,
      unused: report.notUsed.map((file, i) => ({
        key: String(i),
        file: file.file,
        reason: reasonOf(file),
      })),
    };
  }, [report, language, strings, words]);
}

/** Where the submissions went, or that nothing was written. */
function outcomeOf(report: ImportReport, words: ImportStrings): string {
  if (report.into) return report.sheet ? words.addedUnder(report.sheet) : words.nothingNew;
  return report.sheet ? words.done(report.sheet) : words.nothing;
}
