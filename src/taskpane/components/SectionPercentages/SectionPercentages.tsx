import { Caption1, mergeClasses, useId } from '@fluentui/react-components';
import { renderQuestionCell, renderSectionTables } from '../shared/sectionTables';
import { useTableStyles } from '../shared/useTableStyles.styles';
import type { PercentRow, SectionPercentagesProps, SectionPercentagesState } from './SectionPercentages.types';
import { useSectionPercentages } from './useSectionPercentages';
import { useSectionPercentagesStyles } from './useSectionPercentagesStyles.styles';

interface Styles {
  readonly own: ReturnType<typeof useSectionPercentagesStyles>;
  readonly table: ReturnType<typeof useTableStyles>;
}

function renderRow(row: PercentRow, { own, table }: Styles) {
  return (
    <tr key={row.key} className={table.row}>
      {renderQuestionCell(row, table)}
      <td className={mergeClasses(table.cell, table.number, own.percent)}>
        {row.percentText}
        {row.intervalText && (
          <>
            {' '}
            <span className={own.interval}>{row.intervalText}</span>
          </>
        )}
        <span className={own.track} aria-hidden>
          <span className={own.bar} style={{ width: `${Math.round((row.percent ?? 0) * 100)}%` }} />
        </span>
        <span className={table.detail}>{row.countText}</span>
      </td>
    </tr>
  );
}

export function renderSectionPercentages(state: SectionPercentagesState, styles: Styles, headingId: string) {
  const { columns } = state.strings;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.own.heading}>
        {state.strings.sections}
      </h3>
      {renderSectionTables(state.sections, { question: columns.question, numbers: [columns.percent] }, (row) => renderRow(row, styles), styles.table)}
      {state.legend && (
        <Caption1 as="p" className={styles.own.legend}>
          {state.legend}
        </Caption1>
      )}
    </section>
  );
}

/** The percent of each reported answer and its interval, section by section, as the Summary sheet will hold them. */
export function SectionPercentages(props: SectionPercentagesProps) {
  const styles = { own: useSectionPercentagesStyles(), table: useTableStyles() };
  return renderSectionPercentages(useSectionPercentages(props), styles, useId('sections'));
}
