import type { StrictContext } from './context';
import { richApiError } from './errors';
import { MAX_ROWS, type RangeRef, type SheetModel, type TableModel } from './model';
import { refOf, StrictRange } from './range';
import { asExcel, StrictCollection, StrictObject, type Source } from './strict-object';
import { StrictWorksheet } from './worksheet';

/** A workbook's tables, or one sheet's (only a sheet's can add one). */
export class StrictTableCollection
  extends StrictCollection<TableModel, StrictTable>
  implements Pick<Excel.TableCollection, 'items' | 'add' | 'getItem' | 'load'>
{
  constructor(
    context: StrictContext,
    private readonly tables: () => readonly TableModel[],
    private readonly sheet?: () => SheetModel,
  ) {
    super(context, 'TableCollection', { find: () => tables, queued: false });
  }

  /** The table of that name, whatever its case; ItemNotFound at sync when there is none. */
  getItem(key: string): Excel.Table {
    const find = () => {
      const found = this.tables().find((t) => t.name.toLowerCase() === key.toLowerCase());
      if (found === undefined) throw richApiError('ItemNotFound', `The requested resource doesn't exist (${key}).`);
      return found;
    };
    return asExcel(new StrictTable(this.context, { find, queued: true }));
  }

  get items(): Excel.Table[] {
    return asExcel(this.loadedItems());
  }

  /** A table over the range, its first row the header; the double names it TableN as Excel does. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    const find = () => {
      if (this.sheet === undefined || !hasHeaders) throw new Error('The strict double adds tables with headers, on a sheet, only');
      const sheet = this.sheet();
      sheet.assertUnprotected();
      const ref = refOf(address, sheet);
      if (sheet.tables.some((t) => overlap(t.ref, ref))) throw richApiError('InvalidOperation', 'A table cannot overlap another table.');
      const table: TableModel = { name: freeTableName(this.context), ref, showHeaders: true, showTotals: false };
      sheet.tables.push(table);
      return table;
    };
    return asExcel(new StrictTable(this.context, { find, queued: 'TableCollection.add' }));
  }

  load(names?: unknown): Excel.TableCollection {
    this.queueLoad(names);
    return asExcel(this);
  }

  protected item(model: TableModel): StrictTable {
    return new StrictTable(this.context, { target: model });
  }
}

type TableMembers = 'name' | 'showHeaders' | 'showTotals' | 'style' | 'rows' | 'getRange' | 'getHeaderRowRange' | 'worksheet' | 'load';

class StrictTable extends StrictObject<TableModel> implements Pick<Excel.Table, TableMembers> {
  constructor(context: StrictContext, source: Source<TableModel>) {
    super(context, 'Table', source);
  }

  get name(): string {
    return this.property('name');
  }
  set name(name: string) {
    this.assign('name', name, (table) => {
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw richApiError('InvalidArgument', `"${name}" is not a valid table name.`);
      const holder = this.context.model.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (holder !== undefined && holder !== table) throw richApiError('ItemAlreadyExists', `A table named ${name} exists.`);
      table.name = name;
    });
  }

  get showHeaders(): boolean {
    return this.property('showHeaders');
  }
  get showTotals(): boolean {
    return this.property('showTotals');
  }

  get style(): string {
    return this.property('style');
  }
  set style(style: string) {
    this.assign('style', style, (table) => (table.style = style));
  }

  get rows(): Excel.TableRowCollection {
    return asExcel(new StrictTableRowCollection(this.context, { find: () => this.target(), queued: false }));
  }

  getRange(): Excel.Range {
    return asExcel(new StrictRange(this.context, { find: () => this.target().ref, queued: true }));
  }

  /** The table's first row; the double's tables all show their header. */
  getHeaderRowRange(): Excel.Range {
    return asExcel(new StrictRange(this.context, { find: () => ({ ...this.target().ref, rows: 1 }), queued: true }));
  }

  get worksheet(): Excel.Worksheet {
    return asExcel(new StrictWorksheet(this.context, { find: () => this.target().ref.sheet, queued: false }));
  }

  load(names?: unknown): Excel.Table {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(table: TableModel, property: string): unknown {
    switch (property) {
      case 'name':
        return table.name;
      case 'showHeaders':
        return table.showHeaders;
      case 'showTotals':
        return table.showTotals;
      case 'style':
        return table.style ?? 'TableStyleMedium2';
      default:
        return this.unsupported(property);
    }
  }
}

/**
 * A table's rows: only `add` under the last one, as the host adds rows. The table grows over them and
 * nothing else moves (the double does not model cells under the table: the host refuses to cover any);
 * each new cell takes the number format of the cell above it, and a data validation that ran to the
 * table's last row runs to its new one, as Excel extends a table's formats and validation to a row it adds.
 * The values are written as `Range.values` writes them: read as typed, unless the cell is Text.
 */
class StrictTableRowCollection extends StrictObject<TableModel> implements Pick<Excel.TableRowCollection, 'add'> {
  constructor(context: StrictContext, source: Source<TableModel>) {
    super(context, 'TableRowCollection', source);
  }

  /** Rows added under the table's last row; the top one returned. A row of another width than the table's is refused, as Office.js refuses it. */
  add(index?: number | null, values?: unknown): Excel.TableRow {
    if (index !== null && index !== undefined) throw new Error('The strict double adds rows under the table only (index null)');
    if (!Array.isArray(values) || values.length === 0 || !values.every(Array.isArray)) throw new Error('The strict double adds rows given as a 2-D array only');
    const grid = values as unknown[][];
    const find = (): RangeRef => {
      const table = this.target();
      if (table.showTotals) throw new Error('The strict double does not add rows above a totals row');
      const { ref } = table;
      const sheet = ref.sheet;
      sheet.assertUnprotected();
      if (grid.some((row) => row.length !== ref.columns)) {
        throw richApiError('InvalidArgument', `The number of columns in the values does not match the ${ref.columns} columns of the table ${table.name}.`);
      }
      const last = ref.row + ref.rows - 1;
      const first = last + 1;
      if (first + grid.length > MAX_ROWS) throw richApiError('InvalidArgument', 'The rows would go past the last row of the sheet.');
      const body = ref.rows > 1;
      grid.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const above = sheet.formats[last]?.[ref.column + c];
          if (body && above !== undefined) sheet.setFormat(first + r, ref.column + c, above);
          if (value !== null && value !== '') sheet.write(first + r, ref.column + c, value);
        }),
      );
      sheet.validations.forEach((validation) => {
        const v = validation.ref;
        const within = v.column >= ref.column && v.column + v.columns <= ref.column + ref.columns && v.row > ref.row;
        if (within && v.row + v.rows - 1 === last) validation.ref = { ...v, rows: v.rows + grid.length };
      });
      table.ref = { ...ref, rows: ref.rows + grid.length };
      return { sheet, row: first, column: ref.column, rows: 1, columns: ref.columns };
    };
    return asExcel(new StrictTableRow(this.context, { find, queued: 'TableRowCollection.add' }, grid));
  }

  propertyOf(_: TableModel, property: string): unknown {
    return this.unsupported(property);
  }
}

/** A table's row: the top one of those `add` added, its range their first row. */
class StrictTableRow extends StrictObject<RangeRef> implements Pick<Excel.TableRow, 'getRange'> {
  constructor(context: StrictContext, source: Source<RangeRef>, data: unknown) {
    super(context, 'TableRow', source, data);
  }

  getRange(): Excel.Range {
    return asExcel(new StrictRange(this.context, { find: () => this.target(), queued: true }));
  }

  propertyOf(_: RangeRef, property: string): unknown {
    return this.unsupported(property);
  }
}

function overlap(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

function freeTableName(context: StrictContext): string {
  const taken = new Set(context.model.tables().map((t) => t.name.toLowerCase()));
  let n = 1;
  while (taken.has(`table${n}`)) n++;
  return `Table${n}`;
}
