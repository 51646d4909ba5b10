import { useMemo } from 'react';
import { shownInterval } from '../../../core';
import { formatInterval, formatPercent } from '../../i18n/format';
import { answerLabel, bySection, sectionTitle } from '../../i18n/questionnaire-words';
import { useStrings } from '../../i18n/StringsContext';
import type { SectionPercentagesProps, SectionPercentagesState } from './SectionPercentages.types';

export function useSectionPercentages({ analysis }: SectionPercentagesProps): SectionPercentagesState {
  const { language, strings } = useStrings();
  const minimumBase = analysis.options.minimumBase;
  const sections = useMemo(
    () =>
      bySection(analysis.results, analysis.questionnaire).map(({ section, rows }) => ({
        id: section.id,
        title: sectionTitle(section, language, strings),
        rows: rows.map((r) => {
          // The interval the Summary sheet shows beside the percent: on a base of the minimum or more.
          const interval = formatInterval(shownInterval(r, minimumBase), language);
          return {
            key: `${r.item.id} ${r.answer}`,
            id: r.item.id,
            label: r.item.label[language],
            answer: answerLabel(r.item, r.answer, language),
            ...(r.percent !== undefined ? { percent: r.percent } : {}),
            percentText: formatPercent(r.percent, language),
            ...(interval !== undefined ? { intervalText: interval } : {}),
            countText: strings.analyse.countOfBase(r.count, r.base),
          };
        }),
      })),
    [analysis, minimumBase, language, strings],
  );
  const shown = sections.some((s) => s.rows.some((r) => r.intervalText !== undefined));
  return { strings: strings.analyse, sections, ...(shown ? { legend: strings.analyse.intervals(minimumBase) } : {}) };
}
