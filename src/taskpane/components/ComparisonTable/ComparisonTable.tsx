import { Caption1, MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { renderQuestionCell, renderSectionTables } from '../shared/sectionTables';
import { useTableStyles } from '../shared/useTableStyles.styles';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { ComparisonRowView, ComparisonTableProps, ComparisonTableState } from './ComparisonTable.types';
import { useComparisonTable } from './useComparisonTable';
import { useComparisonTableStyles } from './useComparisonTableStyles.styles';

interface Styles {
  readonly own: ReturnType<typeof useComparisonTableStyles>;
  readonly table: ReturnType<typeof useTableStyles>;
  readonly hidden: string;
}

/** A Member's answer that gives the reported one: marked ✓ and said, not shown by colour alone. */
function renderGives(cell: string, gives: string, { own, hidden }: Styles) {
  return (
    <>
      <span aria-hidden className={own.mark}>
        ✓{' '}
      </span>
      {cell}
      <span className={hidden}> ({gives})</span>
    </>
  );
}

function renderRow(row: ComparisonRowView, gives: string, styles: Styles) {
  const { own, table } = styles;
  return (
    <tr key={row.key} className={table.row}>
      {renderQuestionCell(row, table)}
      {row.cells.map((cell, i) => (
        <td key={i} className={mergeClasses(table.cell, table.number, i === 0 && row.gives && own.gives)}>
          {i === 0 && row.gives ? renderGives(cell, gives, styles) : cell}
        </td>
      ))}
    </tr>
  );
}

export function renderComparisonTable(state: ComparisonTableState, styles: Styles) {
  return (
    <div className={styles.own.root}>
      {state.memberRegion && (
        <Caption1 as="p" className={styles.own.note}>
          {state.memberRegion}
        </Caption1>
      )}
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
        (row) => renderRow(row, state.strings.gives, styles),
        styles.table,
      )}
    </div>
  );
}

/** A comparison item by item, section by section, as the Comparison sheet will hold it. */
export function ComparisonTable(props: ComparisonTableProps) {
  const styles = { own: useComparisonTableStyles(), table: useTableStyles(), hidden: useVisuallyHiddenStyles().root };
  return renderComparisonTable(useComparisonTable(props), styles);
}
