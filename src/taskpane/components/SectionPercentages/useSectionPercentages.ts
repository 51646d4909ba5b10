import { useMemo } from 'react';
import { formatPercent } from '../../i18n/format';
import { answerLabel, bySection, sectionTitle } from '../../i18n/questionnaire-words';
import { useStrings } from '../../i18n/StringsContext';
import type { SectionPercentagesProps, SectionPercentagesState } from './SectionPercentages.types';

export function useSectionPercentages({ analysis }: SectionPercentagesProps): SectionPercentagesState {
  const { language, strings } = useStrings();
  const sections = useMemo(
    () =>
      bySection(analysis.results, analysis.questionnaire).map(({ section, rows }) => ({
        id: section.id,
        title: sectionTitle(section, language, strings),
        rows: rows.map((r) => ({
          key: `${r.item.id} ${r.answer}`,
          id: r.item.id,
          label: r.item.label[language],
          answer: answerLabel(r.item, r.answer, language),
          ...(r.percent !== undefined ? { percent: r.percent } : {}),
          percentText: formatPercent(r.percent, language),
          countText: strings.analyse.countOfBase(r.count, r.base),
        })),
      })),
    [analysis, language, strings],
  );
  return { strings: strings.analyse, sections };
}
