import { Caption1, MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { renderQuestionCell, renderSectionTables } from '../shared/sectionTables';
import { useTableStyles } from '../shared/useTableStyles.styles';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { CompareStrings } from '../../i18n/strings';
import type { ComparisonRowView, ComparisonTableProps, ComparisonTableState, FigureCell } from './ComparisonTable.types';
import { useComparisonTable } from './useComparisonTable';
import { useComparisonTableStyles } from './useComparisonTableStyles.styles';

interface Styles {
  readonly own: ReturnType<typeof useComparisonTableStyles>;
  readonly table: ReturnType<typeof useTableStyles>;
  readonly hidden: string;
}

/** A Member's answer that gives the reported one: marked ✓ and said, not shown by colour alone. */
function renderGives(cell: FigureCell, gives: string, { own, hidden }: Styles) {
  return (
    <>
      <span aria-hidden className={own.mark}>
        ✓{' '}
      </span>
      {cell.text}
      <span className={hidden}> ({gives})</span>
    </>
  );
}

/**
 * A figure, its interval on the line beneath (read after it: "89% (76–96)"), and a significant
 * difference in bold, said in words to those who do not see the weight.
 */
function renderFigure(cell: FigureCell, significant: string, { own, table, hidden }: Styles) {
  return (
    <>
      {cell.significant ? <span className={own.significant}>{cell.text}</span> : cell.text}
      {cell.interval && (
        <>
          {' '}
          <span className={table.detail}>{cell.interval}</span>
        </>
      )}
      {cell.significant && <span className={hidden}> ({significant})</span>}
    </>
  );
}

function renderRow(row: ComparisonRowView, strings: CompareStrings, styles: Styles) {
  const { own, table } = styles;
  return (
    <tr key={row.key} className={table.row}>
      {renderQuestionCell(row, table)}
      {row.cells.map((cell, i) => (
        <td key={i} className={mergeClasses(table.cell, table.number, i === 0 && row.gives && own.gives)}>
          {i === 0 && row.gives ? renderGives(cell, strings.gives, styles) : renderFigure(cell, strings.significant, styles)}
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
        (row) => renderRow(row, state.strings, styles),
        styles.table,
      )}
      {state.legend && (
        <Caption1 as="p" className={styles.own.note}>
          {state.legend}
        </Caption1>
      )}
    </div>
  );
}

/** A comparison item by item, section by section, as the Comparison sheet will hold it. */
export function ComparisonTable(props: ComparisonTableProps) {
  const styles = { own: useComparisonTableStyles(), table: useTableStyles(), hidden: useVisuallyHiddenStyles().root };
  return renderComparisonTable(useComparisonTable(props), styles);
}
