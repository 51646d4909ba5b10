import { useCallback, useRef, useState } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { errorMessage } from '../../tasks/error-message';
import { importSubmissions, type ImportProgress, type ImportReport } from '../../workbook/import-submissions';
import type { ImportSubmissionsProps, ImportSubmissionsState } from './ImportSubmissions.types';

export function useImportSubmissions({ onImported }: ImportSubmissionsProps): ImportSubmissionsState {
  const { language, strings } = useStrings();
  const { workbook, write, settingsForm } = useSession();
  const { memberQuestion } = settingsForm;
  const { busy, error, perform } = useWork();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ImportProgress>();
  const [report, setReport] = useState<ImportReport>();

  const run = useCallback(
    async (files: File[]) => {
      const done = await perform('importing', () => {
        setReport(undefined);
        return importSubmissions({
          workbook,
          write,
          files,
          language,
          workbookName: workbook.name ?? strings.imports.thisWorkbook,
          describe: (failure) => errorMessage(failure, language, strings),
          onProgress: setProgress,
          ...(memberQuestion ? { memberQuestion } : {}),
        });
      });
      setProgress(undefined);
      if (!done) return;
      setReport(done);
      if (done.sheet) onImported();
    },
    [perform, workbook, write, language, strings, onImported, memberQuestion],
  );

  const choose = useCallback(() => input.current?.click(), []);
  const chosen = useCallback(
    (list: FileList | null) => {
      const files = list ? [...list] : [];
      // The same files may be picked again, once fixed.
      if (input.current) input.current.value = '';
      if (files.length > 0) void run(files);
    },
    [run],
  );

  return {
    strings: strings.imports,
    busy,
    input,
    choose,
    chosen,
    ...(progress ? { progress } : {}),
    progressLabel: strings.busy.importing,
    ...(report ? { report } : {}),
    ...(error !== undefined ? { error } : {}),
  };
}
