import './jsdom';
import { REGISTRY_1998, submissionTemplate, SURVEY_1998, type Language, type PlanValue, type SheetPlan } from '../../../src/core';
import { newXlsx } from '../../../src/hosts/file/write/new-xlsx';

type Answers = Readonly<Record<string, PlanValue>>;

/**
 * A submission sheet as a coordinator sends it back: the pane's template for the Member, in the
 * language, with column C filled in by question ID (and by "Member", "Received" or "Contact").
 */
export async function returnedSubmission(file: string, code: string, language: Language, answers: Answers): Promise<File> {
  const member = REGISTRY_1998.byCode(code)!;
  const template = submissionTemplate({ sheetName: member.name[language], language, member }, SURVEY_1998, REGISTRY_1998);
  // Column A names the row; the answer goes in its cell of column C (an input block of its own).
  const filled = new Map<number, PlanValue>();
  for (const block of template.blocks.filter((b) => b.left === 1)) {
    block.rows.forEach((row, i) => typeof row[0] === 'string' && row[0] in answers && filled.set(block.top + i, answers[row[0]]));
  }
  const blocks = template.blocks.map((block) =>
    block.left === 3 ? { ...block, rows: block.rows.map((row, i) => (filled.has(block.top + i) ? [filled.get(block.top + i)!] : row)) } : block,
  );
  return xlsxFile(file, [{ ...template, blocks }]);
}

/** A workbook with a Responses sheet, as an analyst keeps one: a header row, then one row per Member. */
export async function responsesWorkbook(file: string, rows: readonly (readonly PlanValue[])[], sheetName = 'Responses'): Promise<File> {
  return xlsxFile(file, [sheetOf(sheetName, rows)]);
}

/** What a returned file must not be: anything but a workbook. */
export function notAWorkbook(file: string): File {
  return new File(['Scanned letter, not a workbook'], file);
}

export function sheetOf(name: string, rows: readonly (readonly PlanValue[])[]): SheetPlan {
  return { name, role: 'input', blocks: [{ top: 1, left: 1, rows }], tables: [], charts: [] };
}

export async function xlsxBytes(sheets: readonly SheetPlan[]): Promise<Uint8Array> {
  return newXlsx({ sheets });
}

async function xlsxFile(file: string, sheets: readonly SheetPlan[]): Promise<File> {
  return new File([new Uint8Array(await xlsxBytes(sheets))], file, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
