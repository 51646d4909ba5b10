import { stagingTableName, type StagedSheet } from './staging';

/** The table style the file host gives its tables too. */
const TABLE_STYLE = 'TableStyleMedium2';

export interface StagedTable {
  readonly table: Excel.Table;
  readonly name: string;
}

/**
 * The plan's tables over the values already written, header row included (it holds the plan's
 * column names), each under a staging name until its sheet is committed.
 */
export function addTables({ plan, sheet }: StagedSheet): StagedTable[] {
  return plan.tables.map((planned) => {
    const range = sheet.getRangeByIndexes(planned.top - 1, planned.left - 1, planned.rows.length + 1, planned.columns.length);
    const table = sheet.tables.add(range, true);
    table.name = stagingTableName(planned.name);
    table.style = TABLE_STYLE;
    return { table, name: planned.name };
  });
}

/** Once the sheets they replace are gone, the tables take the plan's names. */
export function nameTables(tables: readonly StagedTable[]): void {
  tables.forEach(({ table, name }) => (table.name = name));
}
