import { useCallback, useMemo, useState } from 'react';
import { evaluateIndicators } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { analyse } from '../../workbook/analysis-request';
import { CRM_SUMMARY, onlySheets } from '../../workbook/owned-sheets';
import type { CrmScreenState } from './CrmScreen.types';

export function useCrmScreen(): CrmScreenState {
  const { strings } = useStrings();
  const { read, lastRead, write, choicesFor } = useSession();
  const { busy, error, perform } = useWork();
  const [written, setWritten] = useState(false);
  // Every read of the workbook (the check when it opens) brings the preview up to date.
  const evaluation = useMemo(() => (lastRead ? evaluateIndicators(lastRead.check.crm) : undefined), [lastRead]);

  const preview = useCallback(async () => {
    setWritten(false);
    await perform('evaluating', read);
  }, [perform, read]);

  const writeSummary = useCallback(async () => {
    setWritten(false);
    const done = await perform('writing', async () => {
      const workbook = await read();
      await write(onlySheets(analyse(workbook, choicesFor(workbook)).plan, [CRM_SUMMARY]));
      return true;
    });
    if (done) setWritten(true);
  }, [perform, read, write, choicesFor]);

  return {
    strings: strings.crm,
    busy,
    ...(evaluation ? { evaluation } : {}),
    hasIndicators: lastRead?.check.crm.indicatorsSheet !== undefined,
    written,
    ...(error !== undefined ? { error } : {}),
    preview: () => void preview(),
    write: () => void writeSummary(),
  };
}
