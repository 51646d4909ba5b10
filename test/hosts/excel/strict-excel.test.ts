import { OfficeMockObject } from 'office-addin-mock';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { strictExcel, type StrictExcel } from './strict-excel';
import { modelOf, ONE_SUBMISSION } from './workbooks';

/** The test double is only worth its strictness: these tests hold it to Office.js's rules. */

const workbook = (): StrictExcel =>
  strictExcel(
    modelOf({
      sheets: [ONE_SUBMISSION],
    }),
  );

describe('the strict Excel double', () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
     these two tests read before load and sync on purpose: the double must throw there as Office.js does */
  it('throws, as Office.js does, on a property read before load and sync', async () => {
    await workbook().office.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Responses').getRange('A1:B2');
      expect(() => range.values).toThrow(/property 'values' of Range is not available/);
      range.load('values');
      expect(() => range.values).toThrow(/call the load method .* and call "context.sync\(\)"/);
      await context.sync();
      expect(range.values).toEqual([
        ['Member', 'F1'],
        ['France', 'Yes'],
      ]);
      expect(() => range.rowIndex).toThrow(/property 'rowIndex'/);
      expect(() => range.dataValidation.rule).toThrow(/property 'rule' of DataValidation/);
      expect(() => range.format.protection.locked).toThrow(/property 'locked' of FormatProtection/);
      expect(() => range.columnHidden).toThrow(/property 'columnHidden' of Range/);
    });
  });

  it('tells isNullObject only after the sync that looked the object up', async () => {
    await workbook().office.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Summary');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it('runs commands at sync, in order, and stops a request at the command that fails', async () => {
    const excel = workbook();
    excel.meter.failNext('Worksheet.name=', { code: 'ItemAlreadyExists' });
    const attempt = excel.office.run(async (context) => {
      const added = context.workbook.worksheets.add('Added');
      expect(excel.model.sheet('Added')).toBeUndefined();
      added.name = 'Renamed';
      added.visibility = 'Hidden';
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemAlreadyExists' });
    expect(excel.model.sheet('Added')?.visibility).toBe('Visible');
  });

  it('counts syncs and measures what each request carries both ways', async () => {
    const excel = workbook();
    const values = Array.from({ length: 100 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}:${c}`));
    await excel.office.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Responses');
      sheet.getRangeByIndexes(10, 0, 100, 10).values = values;
      await context.sync();
      sheet.getRangeByIndexes(10, 0, 100, 10).load('values');
      await context.sync();
    });
    expect(excel.meter.syncs).toBe(2);
    const [write, read] = excel.meter.requests;
    expect(write.requestBytes).toBeGreaterThan(JSON.stringify(values).length);
    expect(read.responseBytes).toBe(JSON.stringify(values).length);
  });

  it('refuses what Excel refuses: a second sheet of a name, an array of the wrong size, a deleted last visible sheet', async () => {
    const excel = workbook();
    const attempt = (batch: (context: Excel.RequestContext) => void) =>
      excel.office.run(async (context) => {
        batch(context);
        await context.sync();
      });
    await expect(attempt((c) => c.workbook.worksheets.add('responses'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(attempt((c) => (c.workbook.worksheets.getItem('Responses').getRange('A1:B1').values = [['x']]))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(attempt((c) => c.workbook.worksheets.getItem('Responses').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('adds rows under a table: the table grows over them, formats and validation extend, nothing else moves', async () => {
    const excel = strictExcel(
      modelOf({
        sheets: [
          {
            name: 'Responses',
            rows: [
              ['Member', 'Received'],
              ['France', 35856],
            ],
            formats: { A2: '@', B2: 'yyyy-mm-dd' },
            table: 'Responses',
          },
        ],
      }),
    );
    const sheet = excel.model.sheets[0];
    sheet.validations.push({ ref: sheet.range('A2:A2'), rule: { list: { inCellDropDown: true, source: 'France,Kenya' } } });
    await excel.office.run(async (context) => {
      const table = context.workbook.tables.getItem('Responses');
      const top = table.rows.add(undefined, [
        ['Kenya', 35860],
        ['1998', 35861],
      ]);
      const range = top.getRange().load('rowIndex');
      const header = table.getHeaderRowRange().load('values');
      await context.sync();
      expect(range.rowIndex).toBe(2);
      expect(header.values).toEqual([['Member', 'Received']]);
    });
    expect(sheet.tables[0].ref).toMatchObject({ row: 0, rows: 4, column: 0, columns: 2 });
    expect([sheet.valueAt(2, 0), sheet.valueAt(2, 1), sheet.formatAt(3, 1)]).toEqual(['Kenya', 35860, 'yyyy-mm-dd']);
    // Typed into a Text cell, "1998" stays text, as in Excel.
    expect(sheet.valueAt(3, 0)).toBe('1998');
    expect(sheet.validations[0].ref).toMatchObject({ row: 1, rows: 3 });
    expect(excel.meter.requests[0].labels).toContain('TableRowCollection.add');
  });

  it('refuses rows of another width than the table’s, as Office.js does', async () => {
    const excel = strictExcel(
      modelOf({
        sheets: [{ ...ONE_SUBMISSION, table: 'Responses' }],
      }),
    );
    const attempt = excel.office.run(async (context) => {
      context.workbook.tables.getItem('Responses').rows.add(undefined, [['Kenya', 'Yes', 'extra']]);
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.model.sheets[0].tables[0].ref.rows).toBe(2);
  });
});

describe('the strict Excel double, on a protected sheet', () => {
  const protectedWorkbook = async () => {
    const excel = strictExcel(
      modelOf({
        sheets: [ONE_SUBMISSION, { name: 'Notes', rows: [['x']] }],
      }),
    );
    await attempt(excel, (c) => {
      c.workbook.worksheets.getItem('Responses').getRange('B2').format.protection.locked = false;
      c.workbook.worksheets.getItem('Responses').protection.protect();
    });
    return excel;
  };
  const attempt = (excel: StrictExcel, batch: (context: Excel.RequestContext) => void) =>
    excel.office.run(async (context) => {
      batch(context);
      await context.sync();
    });
  const responses = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Responses');

  it('takes values in its unlocked cells only, and refuses every other change, as Excel does', async () => {
    const excel = await protectedWorkbook();
    await attempt(excel, (c) => (responses(c).getRange('B2').values = [['No']]));
    expect(excel.model.sheet('Responses')!.valueAt(1, 1)).toBe('No');
    const refusals: ((context: Excel.RequestContext) => void)[] = [
      (c) => (responses(c).getRange('A2').values = [['Kenya']]),
      (c) => (responses(c).getRange('B2').numberFormat = [['@']]),
      (c) => (responses(c).getRange('B2').format.protection.locked = true),
      (c) => (responses(c).getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: 'Yes,No' } }),
      (c) => (responses(c).getRange('C1').columnHidden = true),
    ];
    for (const refusal of refusals) await expect(attempt(excel, refusal)).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(attempt(excel, (c) => responses(c).protection.protect())).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('lets the sheet be deleted, since only the workbook’s structure protection stops that', async () => {
    const excel = await protectedWorkbook();
    await attempt(excel, (c) => responses(c).delete());
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Notes']);
  });

  it('refuses a dropdown beyond Excel’s limits: an inline list over 255 characters, a prompt title over 32', async () => {
    const excel = workbook();
    const validation = (c: Excel.RequestContext) => responses(c).getRange('B2').dataValidation;
    await expect(attempt(excel, (c) => (validation(c).rule = { list: { inCellDropDown: true, source: 'x'.repeat(256) } }))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(attempt(excel, (c) => (validation(c).prompt = { showPrompt: true, title: 'T'.repeat(33), message: '' }))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await attempt(excel, (c) => (validation(c).rule = { list: { inCellDropDown: true, source: '=$Z$1:$Z$300' } }));
    expect(excel.model.sheet('Responses')!.validations).toHaveLength(1);
  });
});

describe('the strict Excel double, charts', () => {
  const chartOf = (type: 'BarClustered' | 'RadarMarkers' | 'LineMarkers', batch: (series: Excel.ChartSeries) => void) => (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem('Responses');
    batch(sheet.charts.add(type, sheet.getRange('B1:B2'), 'Columns').series.getItemAt(0));
  };
  const attempt = (excel: StrictExcel, batch: (context: Excel.RequestContext) => void) =>
    excel.office.run(async (context) => {
      batch(context);
      await context.sync();
    });

  it('records a radar series’ line and markers as they are set', async () => {
    const excel = workbook();
    await attempt(
      excel,
      chartOf('RadarMarkers', (series) => {
        series.format.line.color = '#1F4E79';
        series.format.line.weight = 2.25;
        series.markerStyle = 'Circle';
        series.markerSize = 5;
        series.markerBackgroundColor = '#E8A33D';
        series.markerForegroundColor = '#7F7F7F';
      }),
    );
    const [chart] = excel.model.sheet('Responses')!.charts;
    expect(chart.type).toBe('RadarMarkers');
    expect(chart.series[0]).toMatchObject({
      line: { color: '#1F4E79', weight: 2.25 },
      marker: { style: 'Circle', size: 5, background: '#E8A33D', foreground: '#7F7F7F' },
    });
  });

  it('refuses at sync a marker on a bar chart’s series, a marker or a line Excel does not draw', async () => {
    const excel = workbook();
    await expect(
      attempt(
        excel,
        chartOf('BarClustered', (series) => (series.markerStyle = 'Circle')),
      ),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(
      attempt(
        excel,
        chartOf('RadarMarkers', (series) => (series.markerStyle = 'Round' as Excel.ChartMarkerStyle)),
      ),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(
      attempt(
        excel,
        chartOf('RadarMarkers', (series) => (series.markerSize = 1)),
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      attempt(
        excel,
        chartOf('RadarMarkers', (series) => (series.format.line.weight = 0)),
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails loudly on what it does not model: a colour not "#RRGGBB", a chart type it does not draw', async () => {
    const excel = workbook();
    await expect(
      attempt(
        excel,
        chartOf('RadarMarkers', (series) => (series.format.line.color = 'red')),
      ),
    ).rejects.toThrow(/"#RRGGBB" colours only/);
    await expect(
      attempt(
        excel,
        chartOf('RadarMarkers', (series) => (series.markerBackgroundColor = '#FFF')),
      ),
    ).rejects.toThrow(/"#RRGGBB" colours only/);
    await expect(
      attempt(
        excel,
        chartOf('LineMarkers', () => undefined),
      ),
    ).rejects.toThrow(/draws BarClustered and RadarMarkers charts only/);
  });

  /* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- read before load on purpose: the double must throw */
  it('throws on a read of a marker or a line never loaded', async () => {
    await workbook().office.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Responses');
      const series = sheet.charts.add('RadarMarkers', sheet.getRange('B1:B2'), 'Columns').series.getItemAt(0);
      expect(() => series.markerStyle).toThrow(/property 'markerStyle' of ChartSeries/);
      expect(() => series.format.line.color).toThrow(/property 'color' of ChartLineFormat/);
      await context.sync();
    });
  });
  /* eslint-enable office-addins/load-object-before-read, office-addins/call-sync-before-read */
});

describe('the strict Excel double, printing (ExcelApi 1.9)', () => {
  const run = (excel: StrictExcel, batch: (sheet: Excel.Worksheet) => void) =>
    excel.office.run(async (context) => {
      batch(context.workbook.worksheets.getItem('Responses'));
      await context.sync();
    });

  it('records the page layout it is given: paper, orientation, zoom, title rows, header and footer, breaks', async () => {
    const excel = workbook();
    await run(excel, (sheet) => {
      sheet.pageLayout.paperSize = 'A4';
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows('$2:$3');
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = 'Title';
      sheet.pageLayout.headersFooters.defaultForAllPages.rightFooter = 'Page &P of &N';
      sheet.horizontalPageBreaks.add(sheet.getRange('A21:E21'));
      sheet.verticalPageBreaks.add(sheet.getRange('Q1:Q5'));
    });
    const model = excel.model.sheet('Responses')!;
    expect(model.pageLayout).toEqual({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { top: 1, bottom: 2 },
      headersFooters: { centerHeader: 'Title', rightFooter: 'Page &P of &N' },
    });
    expect(model.horizontalPageBreaks).toEqual([20]);
    expect(model.verticalPageBreaks).toEqual([16]);
  });

  it('takes a print scale from 10 to 400 %', async () => {
    const excel = workbook();
    await run(excel, (sheet) => (sheet.pageLayout.zoom = { scale: 80 }));
    expect(excel.model.sheet('Responses')!.pageLayout.zoom).toEqual({ scale: 80 });
    await expect(run(excel, (sheet) => (sheet.pageLayout.zoom = { scale: 401 }))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses what Excel refuses: title rows that are not whole rows, a break above row 1 or left of column A, a footer over 255 characters', async () => {
    const excel = workbook();
    const refusals: ((sheet: Excel.Worksheet) => void)[] = [
      (sheet) => sheet.pageLayout.setPrintTitleRows('A1:B2'),
      (sheet) => sheet.pageLayout.setPrintTitleRows(sheet.getRange('A5:XFC5')),
      (sheet) => sheet.horizontalPageBreaks.add('A1'),
      (sheet) => sheet.verticalPageBreaks.add('A7'),
      (sheet) => (sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = 'x'.repeat(250)),
      (sheet) => (sheet.pageLayout.zoom = { scale: 5 }),
    ];
    for (const refusal of refusals) await expect(run(excel, refusal)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await run(excel, (sheet) => sheet.pageLayout.setPrintTitleRows(sheet.getRange('A5:XFD6')));
    expect(excel.model.sheet('Responses')!.pageLayout.printTitleRows).toEqual({ top: 4, bottom: 5 });
  });

  it('fails every page layout command at sync on an Excel without ExcelApi 1.9, as Office.js does', async () => {
    const excel = strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member']] }] }), '1.8');
    const attempts: ((sheet: Excel.Worksheet) => void)[] = [
      (sheet) => (sheet.pageLayout.paperSize = 'A4'),
      (sheet) => sheet.pageLayout.setPrintTitleRows('$1:$1'),
      (sheet) => (sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = 'Title'),
      (sheet) => sheet.horizontalPageBreaks.add('A2'),
      (sheet) => sheet.verticalPageBreaks.add('B1'),
    ];
    for (const attempt of attempts) await expect(run(excel, attempt)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(excel.model.sheet('Responses')!.pageLayout).toEqual({ headersFooters: {} });
  });

  it('throws on a read of what it was not asked to load, and knows no other member', async () => {
    await workbook().office.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Responses').pageLayout;
      expect(() => layout.orientation).toThrow(/property 'orientation' of PageLayout/);
      expect(() => layout.headersFooters.defaultForAllPages.centerHeader).toThrow(/property 'centerHeader' of HeaderFooter/);
      const unknown = layout as unknown as Record<string, unknown>;
      expect(unknown.printGridlines).toBeUndefined();
      expect(() => (unknown.printGridlines = false)).toThrow(TypeError);
      expect(() => ((layout.headersFooters.defaultForAllPages as unknown as Record<string, unknown>).leftHeader = 'x')).toThrow(TypeError);
    });
  });
});

describe('office-addin-mock', () => {
  /** Its objects have only what they are seeded with; enums would be assigned after construction (the host uses none). */
  const seeded = () =>
    new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              range: {
                address: 'C12',
                selected: false,
                select() {
                  this.selected = true;
                },
              },
              activated: false,
              activate() {
                this.activated = true;
              },
              getRange() {
                return this.range;
              },
            },
            getItem() {
              return this.sheet;
            },
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });

  it('runs the host’s go-to as well', async () => {
    const mock = seeded();
    const host = new ExcelHost({ run: (batch) => mock.run(batch), supports: () => true });
    await host.goTo({ sheet: 'Zambia', cell: 'C12' });
    const sheet = mock.context.workbook.worksheets.sheet;
    expect([sheet.activated, sheet.range.selected]).toEqual([true, true]);
  });

  it('answers a property never loaded with a string, where Office.js throws: hence the strict double', () => {
    expect(seeded().context.workbook.worksheets.sheet.range.address).toBe('Error, property was not loaded');
  });
});
