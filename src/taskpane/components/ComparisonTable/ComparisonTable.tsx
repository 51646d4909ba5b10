import { MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { renderQuestionCell, renderSectionTables } from '../shared/sectionTables';
import { useTableStyles } from '../shared/useTableStyles.styles';
import type { ComparisonRowView, ComparisonTableProps, ComparisonTableState } from './ComparisonTable.types';
import { useComparisonTable } from './useComparisonTable';
import { useComparisonTableStyles } from './useComparisonTableStyles.styles';

interface Styles {
  readonly own: ReturnType<typeof useComparisonTableStyles>;
  readonly table: ReturnType<typeof useTableStyles>;
}

function renderRow(row: ComparisonRowView, { own, table }: Styles) {
  return (
    <tr key={row.key} className={table.row}>
      {renderQuestionCell(row, table)}
      {row.cells.map((cell, i) => (
        <td key={i} className={mergeClasses(table.cell, table.number, i === 0 && row.gives && own.gives)}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

export function renderComparisonTable(state: ComparisonTableState, styles: Styles) {
  return (
    <div className={styles.own.root}>
      {state.notCounted && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.notCounted}</MessageBarBody>
        </MessageBar>
      )}
      {state.smallBase && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.smallBase}</MessageBarBody>
        </MessageBar>
      )}
      {renderSectionTables(
        state.sections,
        { question: state.questionHeader, numbers: state.headers },
        (row) => renderRow(row, styles),
        styles.table,
      )}
    </div>
  );
}

/** A comparison item by item, section by section, as the Comparison sheet will hold it. */
export function ComparisonTable(props: ComparisonTableProps) {
  const styles = { own: useComparisonTableStyles(), table: useTableStyles() };
  return renderComparisonTable(useComparisonTable(props), styles);
}
