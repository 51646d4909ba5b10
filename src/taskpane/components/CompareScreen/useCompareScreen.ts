import { useCallback, useMemo, useState } from 'react';
import { COMPARISON, REGION_CODES, REGIONS, type Language, type RegionCode } from '../../../core';
import type { CompareKind } from '../../i18n/strings';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import type { CheckedWorkbook } from '../../engine/survey-engine';
import type { ComparisonChoice } from '../../workbook/analysis-request';
import { comparisonPreview } from '../../workbook/comparison-preview';
import type { CompareScreenState, ShownComparison, SubjectOption } from './CompareScreen.types';

function optionsOf(kind: CompareKind, checked: CheckedWorkbook | undefined, lang: Language): SubjectOption[] {
  const byName = (a: SubjectOption, b: SubjectOption) => a.name.localeCompare(b.name, lang);
  switch (kind) {
    case 'member':
      return checked ? checked.respondingMembers.map((m) => ({ value: m.code, name: m.name[lang] })).sort(byName) : [];
    case 'region':
      return REGION_CODES.map((code) => ({ value: code, name: REGIONS[code][lang] }));
    case 'round':
      return checked ? checked.secondRoundSheets.map((sheet) => ({ value: sheet, name: sheet })) : [];
  }
}

function choiceOf(kind: CompareKind, value: string | undefined): ComparisonChoice | undefined {
  if (value === undefined) return undefined;
  if (kind === 'member') return { kind, member: value };
  if (kind === 'region') return { kind, region: value as RegionCode };
  return { kind, sheet: value };
}

export function useCompareScreen(): CompareScreenState {
  const { language, strings } = useStrings();
  const session = useSession();
  const { lastCheck, setWrittenComparison } = session;
  const { busy, error, perform } = useWork();
  const [kind, setKind] = useState<CompareKind>('member');
  const [selected, setSelected] = useState<Partial<Record<CompareKind, string>>>({});
  const [shown, setShown] = useState<ShownComparison>();
  const [written, setWritten] = useState(false);

  const options = useMemo(() => optionsOf(kind, lastCheck, language), [kind, lastCheck, language]);
  // A choice the workbook no longer offers (a Member's submission removed) is no choice.
  const value = options.some((o) => o.value === selected[kind]) ? selected[kind] : undefined;
  const choice = choiceOf(kind, value);
  const subject = options.find((o) => o.value === value)?.name ?? '';

  // Another subject: the table and the message shown were of the one before.
  const forget = () => {
    setShown(undefined);
    setWritten(false);
  };

  const compare = useCallback(
    async (andWrite: boolean) => {
      if (!choice) return;
      setWritten(false);
      const task = andWrite ? 'writing' : 'comparing';
      const result = await perform(task, async (onProgress) => {
        const { view } = andWrite
          ? await session.writeAnalysis({ kind: 'one', sheet: COMPARISON }, choice, onProgress)
          : await session.analyse(choice, onProgress);
        return comparisonPreview(view, choice, language);
      });
      if (!result) return;
      setShown({ subject, preview: result });
      if (andWrite) {
        setWrittenComparison(choice);
        setWritten(true);
      }
    },
    [choice, subject, perform, session, language, setWrittenComparison],
  );

  return {
    strings: strings.compare,
    busy,
    kind,
    setKind: (next) => {
      setKind(next);
      forget();
    },
    options,
    ...(value !== undefined ? { selected: value } : {}),
    select: (v) => {
      setSelected((current) => ({ ...current, [kind]: v }));
      forget();
    },
    ...(choice ? { choice } : {}),
    ...(shown ? { shown } : {}),
    written,
    ...(error !== undefined ? { error } : {}),
    preview: () => void compare(false),
    write: () => void compare(true),
  };
}
