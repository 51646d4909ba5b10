import { useCallback, useMemo, useState } from 'react';
import { REGION_CODES, REGIONS, type Language, type RegionCode } from '../../../core';
import type { CompareKind } from '../../i18n/strings';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { analyse, type ComparisonChoice } from '../../workbook/analysis-request';
import { comparisonPreview } from '../../workbook/comparison-preview';
import { respondingMembers, secondRoundSheets } from '../../workbook/compare-subjects';
import { COMPARISON, onlySheets } from '../../workbook/owned-sheets';
import type { ReadWorkbook } from '../../workbook/read-workbook';
import type { CompareScreenState, ShownComparison, SubjectOption } from './CompareScreen.types';

function optionsOf(kind: CompareKind, read: ReadWorkbook | undefined, lang: Language): SubjectOption[] {
  const byName = (a: SubjectOption, b: SubjectOption) => a.name.localeCompare(b.name, lang);
  switch (kind) {
    case 'member':
      return read
        ? respondingMembers(read)
            .map((m) => ({ value: m.code, name: m.name[lang] }))
            .sort(byName)
        : [];
    case 'region':
      return REGION_CODES.map((code) => ({ value: code, name: REGIONS[code][lang] }));
    case 'round':
      return read ? secondRoundSheets(read).map((sheet) => ({ value: sheet, name: sheet })) : [];
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
  const { read, lastRead, write, choicesFor, setWrittenComparison } = useSession();
  const { busy, error, perform } = useWork();
  const [kind, setKind] = useState<CompareKind>('member');
  const [selected, setSelected] = useState<Partial<Record<CompareKind, string>>>({});
  const [shown, setShown] = useState<ShownComparison>();
  const [written, setWritten] = useState(false);

  const options = useMemo(() => optionsOf(kind, lastRead, language), [kind, lastRead, language]);
  // A choice the workbook no longer offers (a Member's submission removed) is no choice.
  const value = options.some((o) => o.value === selected[kind]) ? selected[kind] : undefined;
  const choice = choiceOf(kind, value);
  const subject = options.find((o) => o.value === value)?.name ?? '';

  const compare = useCallback(
    async (andWrite: boolean) => {
      if (!choice) return;
      setWritten(false);
      const task = andWrite ? 'writing' : 'comparing';
      const result = await perform(task, async () => {
        const workbook = await read();
        const outcome = analyse(workbook, choicesFor(workbook, choice));
        if (andWrite) await write(onlySheets(outcome.plan, [COMPARISON]));
        return comparisonPreview(outcome, choice, language);
      });
      if (!result) return;
      setShown({ subject, preview: result });
      if (andWrite) {
        setWrittenComparison(choice);
        setWritten(true);
      }
    },
    [choice, subject, perform, read, choicesFor, write, language, setWrittenComparison],
  );

  return {
    strings: strings.compare,
    busy,
    kind,
    setKind,
    options,
    ...(value !== undefined ? { selected: value } : {}),
    select: (v) => setSelected((current) => ({ ...current, [kind]: v })),
    ...(choice ? { choice } : {}),
    ...(shown ? { shown } : {}),
    written,
    ...(error !== undefined ? { error } : {}),
    preview: () => void compare(false),
    write: () => void compare(true),
  };
}
