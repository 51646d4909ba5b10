import type { StrictContext } from './context';
import { richApiError } from './errors';
import type { RangeRef, SheetModel, TableModel } from './model';
import { refOf, StrictRange } from './range';
import { asExcel, StrictCollection, StrictObject, type Source } from './strict-object';
import { StrictWorksheet } from './worksheet';

/** A workbook's tables, or one sheet's (only a sheet's can add one). */
export class StrictTableCollection extends StrictCollection<TableModel, StrictTable> implements Pick<Excel.TableCollection, 'items' | 'add' | 'load'> {
  constructor(
    context: StrictContext,
    tables: () => readonly TableModel[],
    private readonly sheet?: () => SheetModel,
  ) {
    super(context, 'TableCollection', { find: () => tables, queued: false });
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

type TableMembers = 'name' | 'showHeaders' | 'showTotals' | 'style' | 'getRange' | 'worksheet' | 'load';

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

  getRange(): Excel.Range {
    return asExcel(new StrictRange(this.context, { find: () => this.target().ref, queued: true }));
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

function overlap(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

function freeTableName(context: StrictContext): string {
  const taken = new Set(context.model.tables().map((t) => t.name.toLowerCase()));
  let n = 1;
  while (taken.has(`table${n}`)) n++;
  return `Table${n}`;
}
