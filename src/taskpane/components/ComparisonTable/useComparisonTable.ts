import { useMemo } from 'react';
import { REGIONS, type Language, type MemberStatus } from '../../../core';
import { formatPercent, formatPoints } from '../../i18n/format';
import { answerLabel, bySection, sectionTitle } from '../../i18n/questionnaire-words';
import type { CompareStrings, Strings } from '../../i18n/strings';
import { useStrings } from '../../i18n/StringsContext';
import type { ComparisonPreview, DifferenceRow, MemberRow } from '../../workbook/comparison-preview';
import type { ComparisonRowView, ComparisonTableProps, ComparisonTableState } from './ComparisonTable.types';

function rowView(row: MemberRow | DifferenceRow, cells: ComparisonRowView['cells'], lang: Language): ComparisonRowView {
  const { item, answer } = row;
  return { key: `${item.id} ${answer}`, id: item.id, label: item.label[lang], answer: answerLabel(item, answer, lang), cells };
}

function rowsOf(preview: ComparisonPreview, lang: Language, strings: Strings): ComparisonRowView[] {
  const percent = (value: number | undefined) => formatPercent(value, lang);
  const points = (value: number | undefined) => (value === undefined ? '—' : strings.compare.points(formatPoints(value, lang)));
  if (preview.kind === 'member') {
    // Four figures share a narrow pane with the question: the gap in whole points, its unit said above the table.
    const gap = (value: number | undefined) => (value === undefined ? '—' : formatPoints(Math.round(value), lang));
    return preview.rows.map((r) => ({
      ...rowView(r, [r.memberAnswer ?? '—', percent(r.all), percent(r.region), gap(r.points)], lang),
      ...(r.gives ? { gives: true } : {}),
    }));
  }
  return preview.rows.map((r) => rowView(r, [percent(r.subject), percent(r.reference), points(r.points)], lang));
}

/** Why the Member's own submission is not in the percentages; nothing when it is. */
function notCounted(status: MemberStatus, strings: CompareStrings): string | undefined {
  switch (status.kind) {
    case 'counted':
      return undefined;
    case 'errors':
      return strings.notCounted.errors;
    case 'cutoff':
      return strings.notCounted.cutoff(status.first);
    case 'empty':
      return strings.notCounted.empty;
    case 'not-respondent':
      return strings.notCounted.absent;
  }
}

export function useComparisonTable({ preview }: ComparisonTableProps): ComparisonTableState {
  const { language, strings } = useStrings();
  const sections = useMemo(
    () =>
      bySection(
        rowsOf(preview, language, strings).map((row, i) => ({ ...row, item: preview.rows[i].item })),
        preview.questionnaire,
      ).map(({ section, rows }) => ({
        id: section.id,
        title: sectionTitle(section, language, strings),
        rows,
      })),
    [preview, language, strings],
  );
  const why = preview.kind === 'member' ? notCounted(preview.status, strings.compare) : undefined;
  return {
    strings: strings.compare,
    questionHeader: strings.analyse.columns.question,
    headers: preview.kind === 'member' ? strings.compare.memberColumns : strings.compare.columns[preview.kind],
    ...(preview.kind === 'member' && preview.region ? { memberRegion: strings.compare.memberRegion(REGIONS[preview.region][language]) } : {}),
    sections,
    ...(why ? { notCounted: why } : {}),
    ...(preview.smallBase !== undefined ? { smallBase: strings.compare.smallBase(preview.smallBase) } : {}),
  };
}
