import { columnNumber } from '../../../../src/core/workbook/address';
import type { StrictContext } from './context';
import { richApiError } from './errors';
import { MAX_COLUMNS, MAX_ROWS, type PageLayoutModel, type SheetModel } from './model';
import { refOf } from './range';
import { asExcel, StrictObject, type Source } from './strict-object';

/** Excel's limit on a header's, or a footer's, text and codes, all positions together. */
const HEADER_FOOTER_LIMIT = 255;

/**
 * How a sheet prints (ExcelApi 1.9): the members the host sets, and only those. Setting any other
 * member throws (a TypeError): the object takes no property it does not know.
 */
abstract class StrictPrintObject<T> extends StrictObject<T> {
  constructor(context: StrictContext, kind: string, source: Source<T>) {
    super(context, kind, source);
    Object.preventExtensions(this);
  }

  propertyOf(_: T, property: string): unknown {
    return this.unsupported(property);
  }
}

type PageLayoutMembers = 'paperSize' | 'orientation' | 'zoom' | 'headersFooters' | 'setPrintTitleRows' | 'setPrintTitleColumns';

export class StrictPageLayout extends StrictPrintObject<SheetModel> implements Pick<Excel.PageLayout, PageLayoutMembers> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'PageLayout', source);
  }

  get paperSize(): Excel.PaperType {
    return this.property('paperSize');
  }
  set paperSize(paperSize: Excel.PaperType | 'A4' | 'Letter') {
    this.assign('paperSize', paperSize, (sheet) => (sheet.pageLayout.paperSize = paperSize));
  }

  get orientation(): Excel.PageOrientation {
    return this.property('orientation');
  }
  set orientation(orientation: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.assign('orientation', orientation, (sheet) => {
      if (orientation !== 'Portrait' && orientation !== 'Landscape') throw richApiError('InvalidArgument', `No orientation "${orientation}".`);
      sheet.pageLayout.orientation = orientation;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.property('zoom');
  }
  /** Set whole, as Office.js requires: a scale of 10 to 400 %, or whole numbers of pages (0: as many as needed). */
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.assign('zoom', zoom, (sheet) => {
      const { scale, horizontalFitToPages, verticalFitToPages } = zoom;
      const pages = [horizontalFitToPages, verticalFitToPages].filter((n) => n !== undefined && n !== null);
      if ((scale !== undefined && scale !== null && (scale < 10 || scale > 400)) || pages.some((n) => !Number.isInteger(n) || n! < 0)) {
        throw richApiError('InvalidArgument', `Not a zoom Excel takes: ${JSON.stringify(zoom)}.`);
      }
      sheet.pageLayout.zoom = { ...zoom };
    });
  }

  get headersFooters(): Excel.HeaderFooterGroup {
    return asExcel(new StrictHeaderFooterGroup(this.context, { find: () => this.target(), queued: false }));
  }

  /** Whole rows only (`$5:$5`, or a range spanning every column), as Office.js requires. */
  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    this.command(
      'setPrintTitleColumns',
      (sheet) => (sheet.pageLayout.printTitleColumns = wholeColumns(printTitleColumns)),
      typeof printTitleColumns === 'string' ? printTitleColumns : undefined,
    );
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.command(
      'setPrintTitleRows',
      (sheet) => (sheet.pageLayout.printTitleRows = wholeRows(printTitleRows, sheet)),
      typeof printTitleRows === 'string' ? printTitleRows : undefined,
    );
  }
}

class StrictHeaderFooterGroup extends StrictPrintObject<SheetModel> implements Pick<Excel.HeaderFooterGroup, 'defaultForAllPages'> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'HeaderFooterGroup', source);
  }

  get defaultForAllPages(): Excel.HeaderFooter {
    return asExcel(new StrictHeaderFooter(this.context, { find: () => this.target(), queued: false }));
  }
}

type Position = keyof PageLayoutModel['headersFooters'];

class StrictHeaderFooter extends StrictPrintObject<SheetModel> implements Pick<Excel.HeaderFooter, Position> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'HeaderFooter', source);
  }

  get centerHeader(): string {
    return this.property('centerHeader');
  }
  set centerHeader(text: string) {
    this.setPosition('centerHeader', text);
  }

  get leftFooter(): string {
    return this.property('leftFooter');
  }
  set leftFooter(text: string) {
    this.setPosition('leftFooter', text);
  }

  get centerFooter(): string {
    return this.property('centerFooter');
  }
  set centerFooter(text: string) {
    this.setPosition('centerFooter', text);
  }

  get rightFooter(): string {
    return this.property('rightFooter');
  }
  set rightFooter(text: string) {
    this.setPosition('rightFooter', text);
  }

  /** Excel refuses a header, or a footer, over 255 characters of text and codes, its positions together. */
  private setPosition(position: Position, text: string): void {
    this.assign(position, text, (sheet) => {
      if (typeof text !== 'string') throw richApiError('InvalidArgument', `${position} takes text.`);
      const positions = { ...sheet.pageLayout.headersFooters, [position]: text };
      const header = `&C${positions.centerHeader ?? ''}`;
      const footer = `&L${positions.leftFooter ?? ''}&C${positions.centerFooter ?? ''}&R${positions.rightFooter ?? ''}`;
      if (header.length > HEADER_FOOTER_LIMIT || footer.length > HEADER_FOOTER_LIMIT)
        throw richApiError('InvalidArgument', 'The header or footer is too long.');
      sheet.pageLayout.headersFooters[position] = text;
    });
  }
}

/**
 * A worksheet's page breaks: `horizontalPageBreaks` (each above a row) or `verticalPageBreaks` (each left
 * of a column). The double's objects take no fields (they are not extensible): each kind is a class.
 */
abstract class StrictPageBreakCollection extends StrictPrintObject<SheetModel> implements Pick<Excel.PageBreakCollection, 'add'> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'PageBreakCollection', source);
  }

  add(pageBreakRange: Excel.Range | string): Excel.PageBreak {
    this.command('add', (sheet) => this.addBreak(sheet, refOf(pageBreakRange, sheet)));
    return asExcel(new StrictPageBreak(this.context, { find: () => this.target(), queued: false }));
  }

  protected abstract addBreak(sheet: SheetModel, at: { readonly row: number; readonly column: number }): void;
}

/** A break above the range's top row; Excel has no break above its first row. */
export class StrictHorizontalPageBreaks extends StrictPageBreakCollection {
  protected addBreak(sheet: SheetModel, { row }: { readonly row: number }): void {
    if (row === 0) throw richApiError('InvalidArgument', 'No page break goes above the first row.');
    sheet.horizontalPageBreaks.push(row);
  }
}

/** A break left of the range's first column; Excel has no break left of its first column. */
export class StrictVerticalPageBreaks extends StrictPageBreakCollection {
  protected addBreak(sheet: SheetModel, { column }: { readonly column: number }): void {
    if (column === 0) throw richApiError('InvalidArgument', 'No page break goes left of the first column.');
    sheet.verticalPageBreaks.push(column);
  }
}

/** What `add` returns: the host uses none of its members. */
class StrictPageBreak extends StrictPrintObject<SheetModel> {
  constructor(context: StrictContext, source: Source<SheetModel>) {
    super(context, 'PageBreak', source);
  }
}

/** `$A:$B` as 0-based columns; the double takes the address form only, as the host gives it. */
function wholeColumns(columns: Excel.Range | string): { left: number; right: number } {
  const match = typeof columns === 'string' ? /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(columns.trim()) : null;
  const [left, right] = match === null ? [0, 0] : [columnNumber(match[1]), columnNumber(match[2])];
  if (left < 1 || right < left || right > MAX_COLUMNS) throw richApiError('InvalidArgument', `"${String(columns)}" is not a range of whole columns.`);
  return { left: left - 1, right: right - 1 };
}

function wholeRows(rows: Excel.Range | string, sheet: SheetModel): { top: number; bottom: number } {
  if (typeof rows === 'string') {
    const match = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
    const [top, bottom] = match === null ? [0, 0] : [Number(match[1]), Number(match[2])];
    if (top < 1 || bottom < top || bottom > MAX_ROWS) throw richApiError('InvalidArgument', `"${rows}" is not a range of whole rows.`);
    return { top: top - 1, bottom: bottom - 1 };
  }
  const ref = refOf(rows, sheet);
  if (ref.column !== 0 || ref.columns !== MAX_COLUMNS) throw richApiError('InvalidArgument', 'The range must span the entire row.');
  return { top: ref.row, bottom: ref.row + ref.rows - 1 };
}
