import { useMemo } from 'react';
import { REGIONS, type DifferenceInterval, type Language, type MemberStatus } from '../../../core';
import { formatInterval, formatPercent, formatPoints } from '../../i18n/format';
import { answerLabel, bySection, sectionTitle } from '../../i18n/questionnaire-words';
import type { CompareStrings, Strings } from '../../i18n/strings';
import { useStrings } from '../../i18n/StringsContext';
import type { ComparisonPreview, DifferenceRow, MemberRow, ShownFigure } from '../../workbook/comparison-preview';
import type { ComparisonRowView, ComparisonTableProps, ComparisonTableState, FigureCell } from './ComparisonTable.types';

function rowView(row: MemberRow | DifferenceRow, cells: ComparisonRowView['cells'], lang: Language): ComparisonRowView {
  const { item, answer } = row;
  return { key: `${item.id} ${answer}`, id: item.id, label: item.label[lang], answer: answerLabel(item, answer, lang), cells };
}

/** A cell of text alone: a Member's answer, a gap, a blank. */
const plain = (text: string): FigureCell => ({ text });

/** A percent and, where the core gives one to show, its interval: "89%" over "(76–96)". */
function percentCell(figure: ShownFigure | undefined, lang: Language): FigureCell {
  const interval = formatInterval(figure?.interval, lang);
  return { text: formatPercent(figure?.percent, lang), ...(interval ? { interval } : {}) };
}

/** A difference in points and its interval in whole points, marked where the core finds it significant. */
function differenceCell(points: number | undefined, interval: DifferenceInterval | undefined, lang: Language, strings: CompareStrings): FigureCell {
  if (points === undefined) return plain('—');
  const end = (fraction: number) => formatPoints(Math.round(fraction * 100), lang);
  return {
    text: strings.points(formatPoints(points, lang)),
    ...(interval ? { interval: strings.pointsInterval(end(interval.low), end(interval.high)) } : {}),
    ...(interval?.significant ? { significant: true } : {}),
  };
}

function rowsOf(preview: ComparisonPreview, lang: Language, strings: Strings): ComparisonRowView[] {
  const percent = (figure: ShownFigure | undefined) => percentCell(figure, lang);
  if (preview.kind === 'member') {
    // Four figures share a narrow pane with the question: the gap in whole points, its unit said above the table.
    const gap = (value: number | undefined) => plain(value === undefined ? '—' : formatPoints(Math.round(value), lang));
    return preview.rows.map((r) => ({
      ...rowView(r, [plain(r.memberAnswer ?? '—'), percent(r.all), percent(r.region), gap(r.points)], lang),
      ...(r.gives ? { gives: true } : {}),
    }));
  }
  return preview.rows.map((r) => rowView(r, [percent(r.subject), percent(r.reference), differenceCell(r.points, r.interval, lang, strings.compare)], lang));
}

/** What the brackets mean, and the bold where a difference has an interval; nothing when no interval is shown. */
function legendOf(preview: ComparisonPreview, rows: readonly ComparisonRowView[], strings: CompareStrings): string | undefined {
  if (!rows.some((row) => row.cells.some((cell) => cell.interval !== undefined))) return undefined;
  const differences = preview.kind !== 'member' && preview.rows.some((r) => r.interval !== undefined);
  return strings.legend(preview.minimumBase, differences);
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
  const rows = useMemo(() => rowsOf(preview, language, strings), [preview, language, strings]);
  const sections = useMemo(
    () =>
      bySection(
        rows.map((row, i) => ({ ...row, item: preview.rows[i].item })),
        preview.questionnaire,
      ).map(({ section, rows: inSection }) => ({
        id: section.id,
        title: sectionTitle(section, language, strings),
        rows: inSection,
      })),
    [rows, preview, language, strings],
  );
  const why = preview.kind === 'member' ? notCounted(preview.status, strings.compare) : undefined;
  const legend = legendOf(preview, rows, strings.compare);
  return {
    strings: strings.compare,
    questionHeader: strings.analyse.columns.question,
    headers: preview.kind === 'member' ? strings.compare.memberColumns : strings.compare.columns[preview.kind],
    ...(preview.kind === 'member' && preview.region ? { memberRegion: strings.compare.memberRegion(REGIONS[preview.region][language]) } : {}),
    sections,
    ...(why ? { notCounted: why } : {}),
    ...(preview.smallBase !== undefined ? { smallBase: strings.compare.smallBase(preview.smallBase) } : {}),
    ...(legend ? { legend } : {}),
  };
}
