import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  mergeClasses,
} from '@fluentui/react-components';
import { useTableStyles } from '../shared/useTableStyles.styles';
import type { ComparisonRowView, ComparisonSectionView, ComparisonTableProps, ComparisonTableState } from './ComparisonTable.types';
import { useComparisonTable } from './useComparisonTable';
import { useComparisonTableStyles } from './useComparisonTableStyles.styles';

interface Styles {
  readonly own: ReturnType<typeof useComparisonTableStyles>;
  readonly table: ReturnType<typeof useTableStyles>;
}

function renderRow(row: ComparisonRowView, { own, table }: Styles) {
  return (
    <tr key={row.key} className={table.row}>
      <th scope="row" className={mergeClasses(table.cell, table.question)}>
        <span className={table.id}>{row.id}</span>
        {row.label}
        <span className={table.detail}>{row.answer}</span>
      </th>
      {row.cells.map((cell, i) => (
        <td key={i} className={mergeClasses(table.cell, table.number, i === 0 && row.gives && own.gives)}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

function renderSection(state: ComparisonTableState, styles: Styles, section: ComparisonSectionView) {
  const { table } = styles;
  return (
    <AccordionItem key={section.id} value={section.id}>
      <AccordionHeader as="h4" size="small">
        {section.title}
      </AccordionHeader>
      <AccordionPanel>
        <table className={table.table}>
          <thead>
            <tr>
              <th scope="col" className={table.head}>
                {state.questionHeader}
              </th>
              {state.headers.map((header) => (
                <th key={header} scope="col" className={mergeClasses(table.head, table.number)}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{section.rows.map((row) => renderRow(row, styles))}</tbody>
        </table>
      </AccordionPanel>
    </AccordionItem>
  );
}

export function renderComparisonTable(state: ComparisonTableState, styles: Styles) {
  return (
    <div className={styles.own.root}>
      {state.notCounted && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.strings.notCounted}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible defaultOpenItems={state.sections.slice(0, 1).map((s) => s.id)}>
        {state.sections.map((section) => renderSection(state, styles, section))}
      </Accordion>
    </div>
  );
}

/** A comparison item by item, section by section, as the Comparison sheet will hold it. */
export function ComparisonTable(props: ComparisonTableProps) {
  const styles = { own: useComparisonTableStyles(), table: useTableStyles() };
  return renderComparisonTable(useComparisonTable(props), styles);
}
