import ExcelJS from 'exceljs';
import { REGISTRY_1998, SURVEY_1998 } from '../../../src/core';

/** The questions answered: the first 60 of the 1998 questionnaire, a long workbook's width. */
const ITEMS = SURVEY_1998.sections.flatMap((s) => s.items).slice(0, 60);

/**
 * A Responses sheet of `count` submissions, each answering every question with its scale's first
 * answer. The 150 Members are taken in turn, so that beyond the first 150 each is a duplicate: a
 * check finds thousands of issues in a group per Member.
 */
export async function manySubmissions(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Responses');
  sheet.addRow(['Member', 'Received', ...ITEMS.map((i) => i.id)]);
  const answers = ITEMS.map((i) => i.scale.choices[0]?.name ?? 'free text');
  const members = REGISTRY_1998.members;
  for (let n = 0; n < count; n++) {
    sheet.addRow([members[n % members.length].name.en, new Date(Date.UTC(1998, 2, 1 + (n % 28))), ...answers]);
  }
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
