import { useMemo } from 'react';
import { STAGE_LABELS, type Language, type Measurement } from '../../../core';
import { formatMeasure } from '../../i18n/format';
import { useStrings } from '../../i18n/StringsContext';
import type { CrmMembersProps, CrmMembersState, IndicatorView } from './CrmMembers.types';

function point(period: string | undefined, value: number | undefined, m: Measurement, lang: Language): string {
  const measure = formatMeasure(value, m.indicator.unit, lang);
  return period ? `${period}: ${measure}` : measure;
}

function indicatorView(m: Measurement, lang: Language, statusText: string): IndicatorView {
  return {
    key: m.indicator.id,
    label: m.indicator.label[lang],
    status: m.status,
    statusText,
    change: `${point(m.baselinePeriod, m.baseline, m, lang)} → ${point(m.followUpPeriod, m.followUp, m, lang)}`,
  };
}

export function useCrmMembers({ evaluation }: CrmMembersProps): CrmMembersState {
  const { language, strings } = useStrings();
  const words = strings.crm;
  const members = useMemo(
    () =>
      evaluation.members.map((progress) => ({
        code: progress.member.code,
        name: progress.member.name[language],
        summary: words.improvedOf(progress.improved, progress.measured),
        ...(progress.stage ? { stage: words.stage(STAGE_LABELS[progress.stage][language]) } : {}),
        indicators: evaluation.measurements.filter((m) => m.member === progress.member).map((m) => indicatorView(m, language, words.status[m.status])),
      })),
    [evaluation, language, words],
  );
  return { strings: words, members };
}
