import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { RequestError, WorkbookUnusableError } from '../../../src/core';
import * as checking from '../../../src/core/workflows/check-workbook';
import * as charts from '../../../src/core/report/charts-sheet';
import { localEngine } from '../../../src/taskpane/engine/local-engine';
import type { WorkProgress } from '../../../src/taskpane/engine/work-progress';
import { XlsxFileWorkbook } from '../../../src/taskpane/workbook/xlsx-file-workbook';
import { packageProblems } from '../../hosts/file/write/package-integrity';
import { partNames, partsOf } from '../../hosts/file/write/write-fixtures';
import { workbook } from '../../support/snapshot';
import { FakeWorkbook } from '../support/fake-workbook';
import { SURVEY } from '../support/workbooks';

const ASK = { paneLanguage: 'en', today: 45000 } as const;

describe('the engine in the pane’s own thread (Excel)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('names each stage before it starts, and counts the submissions checked', async () => {
    const told: WorkProgress[] = [];
    await new FakeWorkbook(SURVEY).engine.analyse(ASK, (p) => told.push(p));
    expect(told).toEqual([{ stage: 'reading' }, { stage: 'checking' }, { stage: 'checking', done: 4, total: 4 }, { stage: 'analysing' }]);
  });

  it('writes one sheet of the analysis when a screen asks for one', async () => {
    const book = new FakeWorkbook(SURVEY);
    const written = await book.engine.writeAnalysis(ASK, { kind: 'one', sheet: 'CRM Summary' });
    expect(book.writtenSheets).toEqual([['CRM Summary']]);
    expect(written).toMatchObject({ sheets: ['CRM Summary'], settingsSaved: false });
  });

  it('checks the workbook once per action, and makes only the sheet it writes', async () => {
    const checks = jest.spyOn(checking, 'checkWorkbook');
    const chartsMade = jest.spyOn(charts, 'chartsSheet');
    const book = new FakeWorkbook(SURVEY);
    await book.engine.writeAnalysis(ASK, { kind: 'one', sheet: 'Validation' });
    expect(checks).toHaveBeenCalledTimes(1);
    expect(chartsMade).not.toHaveBeenCalled();
    await book.engine.analyse(ASK);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it('writes the results with the pane’s settings saved last, when no one else’s Settings sheet is there', async () => {
    const book = new FakeWorkbook(SURVEY);
    const written = await book.engine.writeAnalysis({ ...ASK, settings: { firstResponses: 3 } }, { kind: 'results' });
    expect(written.settingsSaved).toBe(true);
    expect(written.sheets).not.toContain('Settings');
    expect(book.writtenSheets[0].at(-1)).toBe('Settings');
    expect(written.view.analysis.headline.respondentsCounted).toBe(3);
  });

  it('makes a submission sheet in a blank workbook, where a check has nothing to check yet', async () => {
    const book = new FakeWorkbook(workbook());
    await expect(book.engine.check({}, ASK.today)).rejects.toEqual(new WorkbookUnusableError('empty-workbook'));
    const sheet = await book.engine.createTemplate({ language: 'fr' });
    expect(book.writtenSheets).toEqual([[sheet.sheetName]]);
  });
});

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, '../../../samples/integrity-survey-sample.xlsx')));

/** The parts of the package whose bytes differ, or that one has and the other not. */
async function changedParts(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [old, written] = await Promise.all([partsOf(before), partsOf(after)]);
  const names = new Set([...old.keys(), ...written.keys()]);
  return [...names].filter((part) => !Buffer.from(old.get(part) ?? []).equals(Buffer.from(written.get(part) ?? []))).sort();
}

/** The sample with a sheet of the user's own, `name`. */
async function sampleWithSheet(name: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(SAMPLE as unknown as ExcelJS.Buffer);
  workbook.addWorksheet(name).addRow(['My notes on France']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a Member’s profile written by the engine over a workbook file', () => {
  it('adds the sheet Profile FRA, in French as France answered, telling each stage; nothing else of the workbook changes', async () => {
    const file = new XlsxFileWorkbook('sample.xlsx', SAMPLE);
    const before = await file.read();
    const told: WorkProgress[] = [];
    const written = await localEngine(file).writeProfile(ASK, 'FRA', (p) => told.push(p));

    expect(written).toMatchObject({ profile: { member: { code: 'FRA', name: { en: 'France' } } }, language: 'fr' });
    expect(Object.keys(written.profile)).toEqual(['member']);
    expect(written.checked.submissions).toBe(44);
    expect(told.map((p) => p.stage).filter((stage, i, all) => stage !== all[i - 1])).toEqual(['reading', 'checking', 'analysing', 'writing']);

    const after = await file.read();
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), 'Profile FRA']);
    expect(after.sheets.at(-1)!.owned).toBe(true);
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
    // Of the sample's parts, only those the writer edits to list a sheet changed; the others are the new sheet's.
    const changed = await changedParts(SAMPLE, file.bytes());
    const sampleParts = await partsOf(SAMPLE);
    expect(changed.filter((part) => sampleParts.has(part))).toEqual([
      '[Content_Types].xml',
      'docProps/app.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    const added = changed.filter((part) => !sampleParts.has(part));
    expect(added).toContain('xl/worksheets/sheet6.xml');
    expect(added.filter((part) => !/^xl\/(worksheets|drawings|charts)\//.test(part))).toEqual([]);
  });

  it('replaces its own profile sheet when written again, and the other Members’ stay', async () => {
    const file = new XlsxFileWorkbook('sample.xlsx', SAMPLE);
    const engine = localEngine(file);
    await engine.writeProfile(ASK, 'FRA');
    await engine.writeProfile(ASK, 'MYS');
    await engine.writeProfile(ASK, 'FRA');
    const names = (await file.read()).sheets.map((s) => s.name);
    expect(names.filter((name) => name.startsWith('Profile'))).toEqual(['Profile MYS', 'Profile FRA']);
    // The first France's sheet went with its drawing and charts: no part of it is left behind.
    expect(await partNames(file.bytes(), /^xl\/worksheets\/sheet\d+\.xml$/)).toHaveLength(names.length);
    expect(await packageProblems(file.bytes())).toEqual([]);
  });

  it('refuses, writing nothing, when a sheet of the user’s has the profile’s name', async () => {
    const input = await sampleWithSheet('Profile FRA');
    const file = new XlsxFileWorkbook('sample.xlsx', input);
    await expect(localEngine(file).writeProfile(ASK, 'FRA')).rejects.toEqual(new WorkbookUnusableError('sheet-name-taken', { sheet: 'Profile FRA' }));
    expect(file.bytes()).toBe(input);
  });

  it('refuses a Member without a submission, as the core says it', async () => {
    const file = new XlsxFileWorkbook('sample.xlsx', SAMPLE);
    const writing = localEngine(file).writeProfile(ASK, 'ISL');
    await expect(writing).rejects.toBeInstanceOf(RequestError);
    await expect(writing).rejects.toMatchObject({ problem: { reason: 'member-without-submission', member: { code: 'ISL' } } });
    expect(file.bytes()).toBe(SAMPLE);
  });
});
