import { useCallback, useState } from 'react';
import { CRM_SUMMARY } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import type { CrmScreenState } from './CrmScreen.types';

export function useCrmScreen(): CrmScreenState {
  const { strings } = useStrings();
  const session = useSession();
  const { lastCheck, checkedAt } = session;
  const { busy, error, perform } = useWork();
  const [written, setWritten] = useState(false);
  // Every read of the workbook (the check when it opens) brings the preview up to date.
  const evaluation = lastCheck?.crm;

  const readAgain = useCallback(async () => {
    setWritten(false);
    await perform('evaluating', (onProgress) => session.check(onProgress));
  }, [perform, session]);

  const writeSummary = useCallback(async () => {
    setWritten(false);
    const done = await perform('writing', (onProgress) => session.writeAnalysis({ kind: 'one', sheet: CRM_SUMMARY }, undefined, onProgress));
    if (done) setWritten(true);
  }, [perform, session]);

  return {
    strings: strings.crm,
    busy,
    ...(evaluation ? { evaluation } : {}),
    hasIndicators: lastCheck?.hasIndicators === true,
    written,
    ...(error !== undefined ? { error } : {}),
    ...(checkedAt !== undefined ? { readAt: checkedAt } : {}),
    readAgain: () => void readAgain(),
    write: () => void writeSummary(),
  };
}
