import type ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../../../src/core/workflows/analyse-workbook';
import { serialOfUtc } from '../../../../src/core/workbook/serial';
import { readXlsx } from '../../../../src/hosts/file/read-xlsx';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import type { Plain } from '../../../support/snapshot';
import { INTEGRITY_FORM } from '../../../support/xlsform';
import { xlsxBytes } from '../xlsx-fixtures';
import { attributeValues, partNames, partText } from './write-fixtures';

const RESPONSES: Plain[][] = [
  ['country', 'has_code', 'measures', 'staff'],
  ['MYS', 'yes', 'code training', 120],
  ['KEN', 'yes', 'training', 40],
  ['JPN', 'yes', null, 300],
  ['MLT', 'no', null, 12],
];

const addSheet = (workbook: ExcelJS.Workbook, name: string, rows: Plain[][]) => workbook.addWorksheet(name).addRows(rows as unknown[][]);

/** A workbook as a form author keeps it: the XLSForm's sheets, then the responses exported from KoboToolbox. */
const formWorkbook = () =>
  xlsxBytes((workbook) => {
    addSheet(workbook, 'survey', INTEGRITY_FORM.survey);
    addSheet(workbook, 'choices', INTEGRITY_FORM.choices ?? []);
    addSheet(workbook, 'settings', INTEGRITY_FORM.settings ?? []);
    addSheet(workbook, 'Responses', RESPONSES);
  });

const texts = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([^<]*)</${element}>`, 'g'))].map(([, text]) => text);
const seriesOf = (xml: string) => [...xml.matchAll(/<c:ser>.*?<\/c:ser>/g)].map(([series]) => series);

describe('analyze on an XLSForm workbook: the Charts sheet’s native charts', () => {
  let charts: string[];

  beforeAll(async () => {
    const input = await formWorkbook();
    const { plan } = analyseWorkbook(await readXlsx(input), { settings: {}, defaultLanguage: 'en', today: serialOfUtc(2026, 11, 26) });
    const written = await writeXlsx(input, plan);
    charts = await Promise.all((await partNames(written, /^xl\/charts\/chart\d+\.xml$/)).map((part) => partText(written, part)));
  });

  it('writes a numbered bar chart per part of the form, its base under its title: the group’s yes/no questions, the select_multiple', () => {
    expect(charts.map((chart) => texts(chart, 'a:t'))).toEqual([
      ['Chart 1 — Code of conduct', 'n = 4 Members'],
      ['Chart 2 — Measures in place', 'n = 2 Members'],
    ]);
    expect(charts.map((chart) => attributeValues(chart, 'c:barDir', 'val'))).toEqual([['bar'], ['bar']]);
  });

  it('names the series (a yes/no question’s Yes alone), reads the categories and values from the Charts sheet and caches them', () => {
    const [yesNo, measures] = charts.map(seriesOf);
    expect(yesNo.map((series) => texts(series, 'c:f'))).toEqual([["'Charts'!$B$5", "'Charts'!$C$5"]]);
    expect(measures.map((series) => texts(series, 'c:f'))).toEqual([["'Charts'!$B$25:$B$27", "'Charts'!$C$25:$C$27"]]);
    expect(yesNo.map((series) => texts(series, 'c:v'))).toEqual([['Yes', 'Is there a code of conduct?', '0.75']]);
    expect(measures.map((series) => texts(series, 'c:v'))).toEqual([
      ['Percent of respondents', 'Code of conduct', 'Training', 'Rotation of officials', '0.5', '1', '0'],
    ]);
  });
});
