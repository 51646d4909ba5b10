import { OfficeMockObject } from 'office-addin-mock';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { strictExcel, type StrictExcel } from './strict-excel';
import { modelOf } from './workbooks';

/** The test double is only worth its strictness: these tests hold it to Office.js's rules. */

const workbook = (): StrictExcel => strictExcel(modelOf({ sheets: [{ name: 'Responses', rows: [['Member', 'F1'], ['France', 'Yes']] }] }));

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
    await expect(attempt((c) => (c.workbook.worksheets.getItem('Responses').getRange('A1:B1').values = [['x']]))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((c) => c.workbook.worksheets.getItem('Responses').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
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
              range: { address: 'C12', selected: false, select() { this.selected = true; } },
              activated: false,
              activate() { this.activated = true; },
              getRange() { return this.range; },
            },
            getItem() { return this.sheet; },
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
