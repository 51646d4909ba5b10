import ExcelJS from 'exceljs';

/** The questions the test workbook answers: section 1 (F) and the first item of section 3 (T). */
const QUESTIONS = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'T1'];

/** Four Members' submissions as a Secretariat analyst gathers them; Japan's T1 is not an answer of its scale. */
const SUBMISSIONS: (string | Date)[][] = [
  ['France', new Date(Date.UTC(1998, 2, 2)), 'Yes', 'Yes', 'No', 'Yes', 'No', 'Yes', 'Taken'],
  ['Germany', new Date(Date.UTC(1998, 2, 5)), 'No', 'Yes', 'Yes', 'Yes', 'No', 'No', 'Intended'],
  ['Kenya', new Date(Date.UTC(1998, 2, 9)), 'Yes', 'No', 'Yes', 'Yes', 'Yes', 'Yes', 'Taken'],
  ['Japan', new Date(Date.UTC(1998, 2, 12)), 'Yes', 'Yes', 'Yes', 'No', 'No', 'Yes', 'Maybe'],
  ['Brazil', new Date(Date.UTC(1998, 2, 20)), 'Oui', 'Non', 'Oui', 'Oui', 'Non', 'Oui', 'Prévu'],
];

/** An .xlsx with a Responses sheet, as a user would type it in Excel. */
export async function surveyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Responses');
  sheet.addRow(['Member', 'Received', ...QUESTIONS]);
  SUBMISSIONS.forEach((row) => sheet.addRow(row));
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
