import { useId } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import type { ImportProgress, ImportReport } from '../../workbook/import-submissions';
import type { ImportSubmissionsProps, ImportSubmissionsState } from './ImportSubmissions.types';

export function useImportSubmissions({ onImported }: ImportSubmissionsProps): ImportSubmissionsState {
  const { strings } = useStrings();
  const session = useSession();
  const { busy, error, perform } = useWork();
  const input = useRef<HTMLInputElement>(null);
  const descriptionId = useId('import-description');
  const [progress, setProgress] = useState<ImportProgress>();
  const [report, setReport] = useState<ImportReport>();

  const run = useCallback(
    async (files: File[]) => {
      const done = await perform('importing', () => {
        setReport(undefined);
        return session.importSubmissions(files, ({ stage, done, total, file }) => {
          if (stage === 'importing' && total !== undefined) setProgress({ done: done ?? 0, total, ...(file ? { file } : {}) });
        });
      });
      setProgress(undefined);
      if (!done) return;
      setReport(done);
      if (done.sheet) onImported();
    },
    [perform, session, onImported],
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
    descriptionId,
    choose,
    chosen,
    ...(progress ? { progress } : {}),
    progressLabel: strings.busy.importing,
    ...(report ? { report } : {}),
    ...(error !== undefined ? { error } : {}),
  };
}
