import { readFileSync } from 'node:fs';
import { excelApiVersion, excelClass, parseExcelClasses } from './strict-excel/api-sets';
import type { StrictContext } from './strict-excel/context';
import { StrictObject } from './strict-excel/strict-object';
import { strictExcel, type StrictExcel } from './strict-excel';
import { modelOf, ONE_SUBMISSION } from './workbooks';

/** The double holds the host to the ExcelApi set of every Office.js member it uses, as @types/office-js gives it. */

const excelAt = (apiVersion: string): StrictExcel =>
  strictExcel(
    modelOf({
      sheets: [ONE_SUBMISSION],
    }),
    apiVersion,
  );

const attempt = (excel: StrictExcel, batch: (context: Excel.RequestContext) => void) =>
  excel.office.run(async (context) => {
    batch(context);
    await context.sync();
  });

const responses = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Responses');

describe('the ExcelApi sets, read from @types/office-js', () => {
  it('give each member its set, reading and assigning apart where the typings split them', () => {
    expect(excelClass('RangeFormat').members.get('indentLevel')).toEqual({ get: 'ExcelApi 1.9', set: 'ExcelApi 1.9' });
    expect(excelClass('Range').members.get('dataValidation')).toEqual({ get: 'ExcelApi 1.8', set: 'ExcelApi 1.8' });
    expect(excelClass('Worksheet').members.get('visibility')).toEqual({ get: 'ExcelApi 1.1', set: 'ExcelApi 1.2' });
    expect(excelClass('Application').members.get('calculationMode')).toEqual({ get: 'ExcelApi 1.1', set: 'ExcelApi 1.8' });
    expect(excelClass('WorksheetProtection').members.get('protect')).toEqual({ get: 'ExcelApi 1.2', set: 'ExcelApi 1.2' });
    expect(excelClass('WorksheetCollection').items).toBe('Worksheet');
  });

  it('count a member of Excel for Windows, or on the web, only as in no ExcelApi version', () => {
    expect(excelClass('Range').members.get('formulaArray')?.get).toBe('ExcelApiDesktop 1.1');
    expect(excelApiVersion('ExcelApiDesktop 1.1')).toBeUndefined();
    expect(excelApiVersion('ExcelApi 1.10')).toBe('1.10');
  });

  it('know no class Office.js has not', () => {
    expect(() => excelClass('RangeFormats')).toThrow(/not an Office.js class/);
  });

  it('are parsed in well under a second, so each test file parses them afresh', () => {
    const typings = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
    const start = performance.now();
    expect(parseExcelClasses(typings).size).toBeGreaterThan(150);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('the strict Excel double, on an older Excel', () => {
  it('refuses RangeFormat.indentLevel before ExcelApi 1.9 at sync, the commands before it done, and takes it at 1.9', async () => {
    const indent = (context: Excel.RequestContext) => {
      responses(context).getRange('B1').values = [['Taken']];
      responses(context).getRange('B1').format.indentLevel = 2;
      responses(context).getRange('C1').values = [['after']];
    };
    const older = excelAt('1.8');
    await expect(attempt(older, indent)).rejects.toMatchObject({
      name: 'RichApi.Error',
      code: 'ApiNotFound',
      message: expect.stringContaining('(RangeFormat.indentLevel: ExcelApi 1.9)'),
    });
    const sheet = older.model.sheet('Responses')!;
    expect([sheet.valueAt(0, 1), sheet.indents.size, sheet.valueAt(0, 2)]).toEqual(['Taken', 0, undefined]);

    const newer = excelAt('1.9');
    await attempt(newer, indent);
    expect(newer.model.sheet('Responses')!.indents.get('0,1')).toBe(2);
  });

  it('refuses a data validation before ExcelApi 1.8, and takes it at 1.8', async () => {
    const dropdown = (context: Excel.RequestContext) =>
      (responses(context).getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: 'Yes,No' } });
    await expect(attempt(excelAt('1.7'), dropdown)).rejects.toMatchObject({
      code: 'ApiNotFound',
      message: expect.stringContaining('Range.dataValidation: ExcelApi 1.8'),
    });
    const newer = excelAt('1.8');
    await attempt(newer, dropdown);
    expect(newer.model.sheet('Responses')!.validations).toHaveLength(1);
  });

  it('refuses a chart series’ markers and its line’s weight before ExcelApi 1.7, and takes its line’s colour from 1.1', async () => {
    const radar = (context: Excel.RequestContext) =>
      responses(context).charts.add('RadarMarkers', responses(context).getRange('B1:B2'), 'Columns').series.getItemAt(0);
    const newer: [string, (context: Excel.RequestContext) => void][] = [
      ['ChartSeries.markerStyle', (c) => (radar(c).markerStyle = 'Circle')],
      ['ChartLineFormat.weight', (c) => (radar(c).format.line.weight = 2)],
    ];
    for (const [member, batch] of newer) {
      await expect(attempt(excelAt('1.6'), batch)).rejects.toMatchObject({ code: 'ApiNotFound', message: expect.stringContaining(`${member}: ExcelApi 1.7`) });
      await attempt(excelAt('1.7'), batch);
    }
    const oldest = excelAt('1.1');
    await attempt(oldest, (c) => (radar(c).format.line.color = '#1F4E79'));
    expect(oldest.model.sheet('Responses')!.charts[0].series[0].line).toEqual({ color: '#1F4E79' });
  });

  it('reads a sheet’s visibility from ExcelApi 1.1 and sets it from 1.2 only', async () => {
    const excel = excelAt('1.1');
    await excel.office.run(async (context) => {
      const sheet = responses(context).load('visibility');
      await context.sync();
      expect(sheet.visibility).toBe('Visible');
    });
    const hide = (context: Excel.RequestContext) => (context.workbook.worksheets.add('Notes').visibility = 'Hidden');
    await expect(attempt(excel, hide)).rejects.toMatchObject({ code: 'ApiNotFound', message: expect.stringContaining('Worksheet.visibility: ExcelApi 1.2') });
    await attempt(excelAt('1.2'), hide);
  });

  it('refuses a method, and a property loaded on a collection’s items, of a newer set', async () => {
    await expect(attempt(excelAt('1.8'), (c) => c.application.suspendScreenUpdatingUntilNextSync())).rejects.toMatchObject({ code: 'ApiNotFound' });
    await attempt(excelAt('1.9'), (c) => c.application.suspendScreenUpdatingUntilNextSync());
    await expect(attempt(excelAt('1.9'), (c) => c.workbook.worksheets.load('items/tabId'))).rejects.toMatchObject({
      code: 'ApiNotFound',
      message: expect.stringContaining('Worksheet.tabId: ExcelApi 1.14'),
    });
    await attempt(excelAt('1.1'), (c) => c.workbook.worksheets.load('items/name,items/position'));
  });

  it('stops at a navigation property of a newer set, whatever is asked of the object it leads to', async () => {
    await expect(attempt(excelAt('1.6'), (c) => c.workbook.protection.load('protected'))).rejects.toMatchObject({
      code: 'ApiNotFound',
      message: expect.stringContaining('Workbook.protection: ExcelApi 1.7'),
    });
    await attempt(excelAt('1.7'), (c) => c.workbook.protection.load('protected'));
  });

  it('fails loudly, not at sync, on a property Office.js does not have, and on a member of the double’s that Office.js has not', async () => {
    await excelAt('1.9').office.run(async (context) => {
      expect(() => responses(context).getRange('A1').load('value')).toThrow(/Office.js has no Range.value/);
      expect(() => context.workbook.worksheets.load('items/title')).toThrow(/Office.js has no Worksheet.title/);
      const invented = new InventedRange(context as unknown as StrictContext);
      expect(() => invented.fill()).toThrow(/The strict double has Range.fill, which Office.js has not/);
    });
  });
});

/** A double that gives a Range a member Office.js's Range has not: what the guard must catch. */
class InventedRange extends StrictObject<null> {
  constructor(context: StrictContext) {
    super(context, 'Range', { target: null });
  }

  fill(): void {}

  propertyOf(): unknown {
    return null;
  }
}
