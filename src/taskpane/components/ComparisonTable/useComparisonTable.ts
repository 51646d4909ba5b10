import { useMemo } from 'react';
import type { Language } from '../../../core';
import { formatPercent, formatPoints } from '../../i18n/format';
import { answerLabel, bySection, sectionTitle } from '../../i18n/questionnaire-words';
import type { Strings } from '../../i18n/strings';
import { useStrings } from '../../i18n/StringsContext';
import type { ComparisonPreview, DifferenceRow, MemberRow } from '../../workbook/comparison-preview';
import type { ComparisonRowView, ComparisonTableProps, ComparisonTableState } from './ComparisonTable.types';

function rowView(row: MemberRow | DifferenceRow, cells: ComparisonRowView['cells'], lang: Language): ComparisonRowView {
  const { item, answer } = row;
  return { key: `${item.id} ${answer}`, id: item.id, label: item.label[lang], answer: answerLabel(item, answer, lang), cells };
}

function rowsOf(preview: ComparisonPreview, lang: Language, strings: Strings): ComparisonRowView[] {
  const percent = (value: number | undefined) => formatPercent(value, lang);
  if (preview.kind === 'member') {
    return preview.rows.map((r) => ({
      ...rowView(r, [r.memberAnswer ?? '—', percent(r.all), percent(r.region)], lang),
      ...(r.gives ? { gives: true } : {}),
    }));
  }
  const points = (value: number | undefined) => (value === undefined ? '—' : strings.compare.points(formatPoints(value, lang)));
  return preview.rows.map((r) => rowView(r, [percent(r.subject), percent(r.reference), points(r.points)], lang));
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
  return {
    strings: strings.compare,
    questionHeader: strings.analyse.columns.question,
    headers: strings.compare.columns[preview.kind],
    sections,
    notCounted: preview.kind === 'member' && !preview.counted,
  };
}
