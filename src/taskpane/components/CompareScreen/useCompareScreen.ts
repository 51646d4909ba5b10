import { useId } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { COMPARISON, profileSheetName, REGION_CODES, REGIONS, type Language, type RegionCode } from '../../../core';
import type { CompareKind } from '../../i18n/strings';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import type { CheckedWorkbook, WrittenMemberProfile } from '../../engine/survey-engine';
import type { ComparisonChoice } from '../../workbook/analysis-request';
import { comparisonPreview } from '../../workbook/comparison-preview';
import type { CompareScreenState, CompareWritten, ShownComparison, SubjectOption } from './CompareScreen.types';

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

/** What was written, kept as the engine said it; the Member named in whichever language the pane is in now. */
type Written = { readonly kind: 'comparison' } | { readonly kind: 'profile'; readonly profile: WrittenMemberProfile };

function writtenOf(written: Written | undefined, lang: Language, pageLayoutNeeds: string | undefined): CompareWritten | undefined {
  if (written?.kind !== 'profile') return written;
  const { profile, language } = written.profile;
  return {
    kind: 'profile',
    sheet: profileSheetName(profile.member),
    member: profile.member.name[lang],
    language,
    ...(pageLayoutNeeds ? { pageLayoutNeeds } : {}),
  };
}

export function useCompareScreen(): CompareScreenState {
  const { language, strings } = useStrings();
  const session = useSession();
  const { lastCheck, setWrittenComparison } = session;
  const { busy, error, perform } = useWork();
  const [kind, setKind] = useState<CompareKind>('member');
  const [selected, setSelected] = useState<Partial<Record<CompareKind, string>>>({});
  const [shown, setShown] = useState<ShownComparison>();
  const [written, setWritten] = useState<Written>();
  const profileHintId = useId('profile-hint');

  const options = useMemo(() => optionsOf(kind, lastCheck, language), [kind, lastCheck, language]);
  // A choice the workbook no longer offers (a Member's submission removed) is no choice.
  const value = options.some((o) => o.value === selected[kind]) ? selected[kind] : undefined;
  const choice = choiceOf(kind, value);
  const subject = options.find((o) => o.value === value)?.name ?? '';
  const member = choice?.kind === 'member' ? lastCheck?.respondingMembers.find((m) => m.code === choice.member) : undefined;

  // Another subject: the table and the message shown were of the one before.
  const forget = () => {
    setShown(undefined);
    setWritten(undefined);
  };

  const compare = useCallback(
    async (andWrite: boolean) => {
      if (!choice) return;
      setWritten(undefined);
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
        setWritten({ kind: 'comparison' });
      }
    },
    [choice, subject, perform, session, language, setWrittenComparison],
  );

  const writeProfile = useCallback(async () => {
    if (!member) return;
    setWritten(undefined);
    const profile = await perform('writing', (onProgress) => session.writeProfile(member.code, onProgress));
    if (profile) setWritten({ kind: 'profile', profile });
  }, [member, perform, session]);

  // A profile is meant to be printed: an Excel that cannot set its page is said so, as Analyse says it.
  const pageLayout = session.shortfalls.find((shortfall) => shortfall.extra === 'pageLayout');
  const shownWritten = writtenOf(written, language, pageLayout?.needs);

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
    ...(member ? { profileSheet: profileSheetName(member) } : {}),
    profileHintId,
    ...(shownWritten ? { written: shownWritten } : {}),
    ...(error !== undefined ? { error } : {}),
    preview: () => void compare(false),
    write: () => void compare(true),
    writeProfile: () => void writeProfile(),
  };
}
