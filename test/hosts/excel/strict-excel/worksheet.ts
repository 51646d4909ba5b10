import { StrictChartCollection } from './chart';
import type { StrictContext } from './context';
import { richApiError } from './errors';
import { MAX_COLUMNS, MAX_ROWS, SheetModel, type NameModel, type WorkbookModel } from './model';
import { StrictHorizontalPageBreaks, StrictPageLayout, StrictVerticalPageBreaks } from './page-layout';
import { refOf, StrictRange } from './range';
import { asExcel, StrictCollection, StrictObject, type Source } from './strict-object';
import { StrictTableCollection } from './table';

type CollectionMembers = 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'load';

export class StrictWorksheetCollection extends StrictCollection<SheetModel, StrictWorksheet> implements Pick<Excel.WorksheetCollection, CollectionMembers> {
  constructor(context: StrictContext) {
    super(context, 'WorksheetCollection', { find: () => () => context.model.sheets, queued: false });
  }

  get items(): Excel.Worksheet[] {
    return asExcel(this.loadedItems());
  }

  /** A new sheet after the last one; Excel does not activate it. */
  add(name?: string): Excel.Worksheet {
    return asExcel(new StrictWorksheet(this.context, { find: () => addSheet(this.context.model, name), queued: 'WorksheetCollection.add' }));
  }

  getItem(key: string): Excel.Worksheet {
    const find = () => this.context.model.sheet(key) ?? notFound(key);
    return asExcel(new StrictWorksheet(this.context, { find, queued: true }));
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return asExcel(new StrictWorksheet(this.context, { find: () => this.context.model.sheet(key) ?? null, queued: true }));
  }

  load(names?: unknown): Excel.WorksheetCollection {
    this.queueLoad(names);
    return asExcel(this);
  }

  protected item(model: SheetModel): StrictWorksheet {
    return new StrictWorksheet(this.context, { target: model });
  }
}

type WorksheetMembers =
  | 'name'
  | 'id'
  | 'position'
  | 'visibility'
  | 'names'
  | 'tables'
  | 'charts'
  | 'freezePanes'
  | 'protection'
  | 'pageLayout'
  | 'horizontalPageBreaks'
  | 'verticalPageBreaks'
  | 'getRange'
  | 'getRangeByIndexes'
  | 'getUsedRange'
  | 'delete'
  | 'activate'
  | 'load';

export class StrictWorksheet extends StrictObject<SheetModel> implements Pick<Excel.Worksheet, WorksheetMembers> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'Worksheet', source);
  }

  get name(): string {
    return this.property('name');
  }
  set name(name: string) {
    this.assign('name', name, (sheet) => renameSheet(this.context.model, sheet, name));
  }

  get id(): string {
    return this.property('id');
  }
  get position(): number {
    return this.property('position');
  }

  get visibility(): Excel.SheetVisibility {
    return this.property('visibility');
  }
  set visibility(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.assign('visibility', visibility, (sheet) => {
      if (visibility !== 'Visible' && visibleSheets(this.context.model).every((s) => s === sheet)) {
        throw richApiError('InvalidOperation', 'A workbook must keep one visible sheet.');
      }
      sheet.visibility = visibility as SheetModel['visibility'];
    });
  }

  get names(): Excel.NamedItemCollection {
    return asExcel(new StrictNamedItemCollection(this.context, () => this.target()));
  }

  get tables(): Excel.TableCollection {
    return asExcel(
      new StrictTableCollection(
        this.context,
        () => this.target().tables,
        () => this.target(),
      ),
    );
  }

  get charts(): Excel.ChartCollection {
    return asExcel(new StrictChartCollection(this.context, () => this.target()));
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    return asExcel(new StrictFreezePanes(this.context, { find: () => this.target(), queued: false }));
  }

  get protection(): Excel.WorksheetProtection {
    return asExcel(new StrictWorksheetProtection(this.context, { find: () => this.target(), queued: false }));
  }

  /** ExcelApi 1.9. */
  get pageLayout(): Excel.PageLayout {
    return asExcel(new StrictPageLayout(this.context, { find: () => this.target(), queued: false }));
  }

  /** ExcelApi 1.9. */
  get horizontalPageBreaks(): Excel.PageBreakCollection {
    return asExcel(new StrictHorizontalPageBreaks(this.context, { find: () => this.target(), queued: false }));
  }

  /** ExcelApi 1.9. */
  get verticalPageBreaks(): Excel.PageBreakCollection {
    return asExcel(new StrictVerticalPageBreaks(this.context, { find: () => this.target(), queued: false }));
  }

  getRange(address = 'A1'): Excel.Range {
    return this.rangeFound(() => this.target().range(address));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): Excel.Range {
    return this.rangeFound(() => {
      if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) {
        throw richApiError('InvalidArgument', `No range at (${row}, ${column}) of ${rows} × ${columns}.`);
      }
      return { sheet: this.target(), row, column, rows, columns };
    });
  }

  /** The values' bounding rectangle (the double keeps no formatting outside its values). */
  getUsedRange(): Excel.Range {
    return this.rangeFound(() => this.target().usedRange());
  }

  delete(): void {
    this.command('delete', (sheet) => {
      const model = this.context.model;
      if (model.structureProtected) throw richApiError('AccessDenied', 'The workbook structure is protected.');
      if (sheet.visibility === 'Visible' && visibleSheets(model).length === 1)
        throw richApiError('InvalidOperation', 'A workbook must keep one visible sheet.');
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.active === sheet) model.active = visibleSheets(model)[0];
    });
  }

  activate(): void {
    this.command('activate', (sheet) => {
      if (sheet.visibility !== 'Visible') throw richApiError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.model.active = sheet;
    });
  }

  load(names?: unknown): Excel.Worksheet {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(sheet: SheetModel, property: string): unknown {
    switch (property) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return this.context.model.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      default:
        return this.unsupported(property);
    }
  }

  private rangeFound(find: () => ReturnType<SheetModel['range']>): Excel.Range {
    return asExcel(new StrictRange(this.context, { find, queued: true }));
  }
}

class StrictFreezePanes extends StrictObject<SheetModel> implements Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'freezeAt'> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'WorksheetFreezePanes', source);
  }

  freezeRows(rows = 1): void {
    this.command('freezeRows', (sheet) => (sheet.freeze = { rows, columns: 0 }), rows);
  }

  freezeColumns(columns = 1): void {
    this.command('freezeColumns', (sheet) => (sheet.freeze = { rows: 0, columns }), columns);
  }

  freezeAt(range: Excel.Range | string): void {
    this.command('freezeAt', (sheet) => {
      const ref = refOf(range, sheet);
      sheet.freeze = { rows: ref.row + ref.rows, columns: ref.column + ref.columns };
    });
  }

  propertyOf(_: SheetModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictWorksheetProtection extends StrictObject<SheetModel> implements Pick<Excel.WorksheetProtection, 'protected' | 'protect' | 'load'> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'WorksheetProtection', source);
  }

  get protected(): boolean {
    return this.property('protected');
  }

  /** Fails on a sheet already protected, as Office.js does. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.command(
      'protect',
      (sheet) => {
        if (sheet.protected) throw richApiError('InvalidOperation', `The sheet ${sheet.name} is already protected.`);
        sheet.protected = true;
        sheet.protectionPassword = password;
      },
      { options, password },
    );
  }

  load(names?: unknown): Excel.WorksheetProtection {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(sheet: SheetModel, property: string): unknown {
    return property === 'protected' ? sheet.protected : this.unsupported(property);
  }
}

class StrictNamedItemCollection extends StrictCollection<NameModel, StrictNamedItem> implements Pick<Excel.NamedItemCollection, 'add' | 'getItemOrNullObject'> {
  constructor(
    context: StrictContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, 'NamedItemCollection', { find: () => () => sheet().names, queued: false });
  }

  /** A sheet-scoped name: it goes with its sheet, renamed or deleted. */
  add(name: string, reference: Excel.Range | string): Excel.NamedItem {
    const find = () => {
      const sheet = this.sheet();
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw richApiError('ItemAlreadyExists', `The name ${name} exists.`);
      const added: NameModel = { name, ref: refOf(reference, sheet), visible: true };
      sheet.names.push(added);
      return added;
    };
    return asExcel(new StrictNamedItem(this.context, { find, queued: 'NamedItemCollection.add' }));
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    const find = () => this.sheet().names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
    return asExcel(new StrictNamedItem(this.context, { find, queued: true }));
  }

  protected item(model: NameModel): StrictNamedItem {
    return new StrictNamedItem(this.context, { target: model });
  }
}

class StrictNamedItem extends StrictObject<NameModel> implements Pick<Excel.NamedItem, 'name' | 'visible' | 'delete' | 'load'> {
  constructor(context: StrictContext, source: Source<NameModel>) {
    super(context, 'NamedItem', source);
  }

  get name(): string {
    return this.property('name');
  }

  get visible(): boolean {
    return this.property('visible');
  }
  set visible(visible: boolean) {
    this.assign('visible', visible, (name) => (name.visible = visible));
  }

  delete(): void {
    this.command('delete', (name) => {
      const sheet = this.context.model.sheets.find((s) => s.names.includes(name))!;
      sheet.names.splice(sheet.names.indexOf(name), 1);
    });
  }

  load(names?: unknown): Excel.NamedItem {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(name: NameModel, property: string): unknown {
    if (property === 'name') return name.name;
    return property === 'visible' ? name.visible : this.unsupported(property);
  }
}

function addSheet(model: WorkbookModel, name = `Sheet${model.sheets.length + 1}`): SheetModel {
  if (model.structureProtected) throw richApiError('AccessDenied', 'The workbook structure is protected.');
  assertSheetName(model, name);
  const sheet = new SheetModel(name);
  model.sheets.push(sheet);
  return sheet;
}

function renameSheet(model: WorkbookModel, sheet: SheetModel, name: string): void {
  if (model.structureProtected) throw richApiError('AccessDenied', 'The workbook structure is protected.');
  if (sheet.name === name) return;
  assertSheetName(model, name, sheet);
  sheet.name = name;
}

function assertSheetName(model: WorkbookModel, name: string, renamed?: SheetModel): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw richApiError('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
  const holder = model.sheet(name);
  if (holder !== undefined && holder !== renamed) throw richApiError('ItemAlreadyExists', `A sheet named "${name}" exists.`);
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === 'Visible');
}

function notFound(key: string): never {
  throw richApiError('ItemNotFound', `The requested resource doesn't exist (${key}).`);
}
