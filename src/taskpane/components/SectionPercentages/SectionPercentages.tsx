import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, mergeClasses, useId } from '@fluentui/react-components';
import { useTableStyles } from '../shared/useTableStyles.styles';
import type { PercentRow, SectionPercentagesProps, SectionPercentagesState, SectionView } from './SectionPercentages.types';
import { useSectionPercentages } from './useSectionPercentages';
import { useSectionPercentagesStyles } from './useSectionPercentagesStyles.styles';

interface Styles {
  readonly own: ReturnType<typeof useSectionPercentagesStyles>;
  readonly table: ReturnType<typeof useTableStyles>;
}

function renderRow(row: PercentRow, { own, table }: Styles) {
  return (
    <tr key={row.key} className={table.row}>
      <th scope="row" className={mergeClasses(table.cell, table.question)}>
        <span className={table.id}>{row.id}</span>
        {row.label}
        <span className={table.detail}>{row.answer}</span>
      </th>
      <td className={mergeClasses(table.cell, table.number, own.percent)}>
        {row.percentText}
        <span className={own.track} aria-hidden>
          <span className={own.bar} style={{ width: `${Math.round((row.percent ?? 0) * 100)}%` }} />
        </span>
        <span className={table.detail}>{row.countText}</span>
      </td>
    </tr>
  );
}

function renderSection(state: SectionPercentagesState, styles: Styles, section: SectionView) {
  const { strings } = state;
  return (
    <AccordionItem key={section.id} value={section.id}>
      <AccordionHeader as="h4" size="small">
        {section.title}
      </AccordionHeader>
      <AccordionPanel>
        <table className={styles.table.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.table.head}>
                {strings.columns.question}
              </th>
              <th scope="col" className={mergeClasses(styles.table.head, styles.table.number)}>
                {strings.columns.percent}
              </th>
            </tr>
          </thead>
          <tbody>{section.rows.map((row) => renderRow(row, styles))}</tbody>
        </table>
      </AccordionPanel>
    </AccordionItem>
  );
}

export function renderSectionPercentages(state: SectionPercentagesState, styles: Styles, headingId: string) {
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.own.heading}>
        {state.strings.sections}
      </h3>
      <Accordion multiple collapsible defaultOpenItems={state.sections.slice(0, 1).map((s) => s.id)}>
        {state.sections.map((section) => renderSection(state, styles, section))}
      </Accordion>
    </section>
  );
}

/** The percent of each reported answer, section by section, as the Summary sheet will hold them. */
export function SectionPercentages(props: SectionPercentagesProps) {
  const styles = { own: useSectionPercentagesStyles(), table: useTableStyles() };
  return renderSectionPercentages(useSectionPercentages(props), styles, useId('sections'));
}
