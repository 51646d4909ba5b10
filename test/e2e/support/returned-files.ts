import ExcelJS from 'exceljs';
import { REGISTRY_1998, submissionTemplate, SURVEY_1998, type Language } from '../../../src/core';
import { newXlsx } from '../../../src/hosts/file/write/new-xlsx';

/**
 * A submission sheet as a coordinator sends it back: the template for the Member, in the language,
 * opened and filled in column C by question ID (or "Received", "Contact"), and saved.
 */
export async function returnedSubmission(code: string, language: Language, answers: Record<string, ExcelJS.CellValue>): Promise<Buffer> {
  const member = REGISTRY_1998.byCode(code)!;
  const template = submissionTemplate({ sheetName: member.name[language], language, member }, SURVEY_1998, REGISTRY_1998);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await newXlsx({ sheets: [template] })) as unknown as ExcelJS.Buffer);
  workbook.worksheets[0].eachRow((row) => {
    const id = String(row.getCell(1).value ?? '');
    if (id in answers) row.getCell(3).value = answers[id];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Another analyst's workbook: a Responses sheet with a row per Member (or a sheet of another name). */
export async function responsesFile(rows: ExcelJS.CellValue[][], sheetName = 'Responses'): Promise<Buffer> {
  return workbookFile({ [sheetName]: rows });
}

/** A workbook of plain rows, a sheet an entry. */
export async function workbookFile(sheets: Record<string, readonly (readonly unknown[])[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row) => sheet.addRow([...row] as ExcelJS.CellValue[]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
