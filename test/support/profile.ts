import { SURVEY_1998 } from '../../src/core/questionnaire/survey-1998';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';

/** A cell's value as a test compares it: text, number, or null for a blank. */
export function valueOf(cell: Cell): string | number | boolean | null {
  if (cell === undefined) return null;
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'boolean':
      return cell.value;
    case 'date':
      return cell.serial;
    case 'error':
      return cell.error;
  }
}

/** A table of a written sheet as records: its header's names to each row's values. */
export function tableRecords(sheet: SheetSnapshot, table: string): Record<string, string | number | boolean | null>[] {
  const { range } = sheet.tables.find((t) => t.name === table)!;
  const row = (r: number) => Array.from({ length: range.right - range.left + 1 }, (_, c) => valueOf(sheet.rows[r - 1]?.[range.left - 1 + c]));
  const header = row(range.top) as string[];
  return Array.from({ length: range.bottom - range.top }, (_, i) => Object.fromEntries(row(range.top + 1 + i).map((v, c) => [header[c], v])));
}

export interface ProfileRow {
  readonly label: string | number | boolean | null;
  readonly answer: string | number | boolean | null;
  /** Region then All, for each reported answer of the item. */
  readonly figures: readonly (string | number | boolean | null)[];
}

const REPORTED = new Map(SURVEY_1998.sections.flatMap((s) => s.items).map((i) => [i.id, i.scale.reported.length]));

/** Each 1998 item's row on a written profile, found by its ID wherever the profile's columns put it. */
export function profileRows(sheet: SheetSnapshot): Map<string, ProfileRow> {
  const rows = new Map<string, ProfileRow>();
  sheet.rows.forEach((row) =>
    row.forEach((cell, c) => {
      const id = valueOf(cell);
      const reported = typeof id === 'string' ? REPORTED.get(id) : undefined;
      const at = (offset: number) => valueOf(row[c + offset]);
      // An item's row has its label beside its ID; the radar's scores have a number there.
      if (!reported || rows.has(id as string) || typeof at(1) !== 'string') return;
      rows.set(id as string, { label: at(1), answer: at(2), figures: Array.from({ length: 2 * reported }, (_, k) => at(3 + k)) });
    }),
  );
  return rows;
}

/**
 * What issue #21 asks of a counted Member's profile written into the workbook of its round: every reported
 * item's answer exactly as the Member gave it in `Responses`, its percents those of the Summary (all
 * respondents) and of the Regions sheet (its region).
 */
export function expectProfileAgrees(after: WorkbookSnapshot, member: { readonly name: string; readonly code: string; readonly region: string }): void {
  const sheet = (name: string) => after.sheets.find((s) => s.name === name)!;
  const rows = profileRows(sheet(`Profile ${member.code}`));
  const responses = sheet('Responses').rows;
  const header = responses[0].map(valueOf);
  const own = responses.find((r) => valueOf(r[0]) === member.name)!;
  const summary = tableRecords(sheet('Summary'), 'SurveySummary');
  const regions = tableRecords(sheet('Regions'), 'RegionPercentages');
  expect(rows.size).toBe(new Set(summary.map((r) => r.Question)).size);
  for (const s of summary) {
    const id = String(s.Question);
    const item = SURVEY_1998.sections.flatMap((x) => x.items).find((i) => i.id === id)!;
    const k = item.scale.reported.findIndex((r) => r.answer === s.Answer);
    const region = regions.find((r) => r.Question === id && r.Answer === s.Answer)!;
    expect(rows.get(id)?.answer).toBe(valueOf(own[header.indexOf(id)]));
    expect(rows.get(id)?.figures[2 * k + 1]).toBe(s.Percent);
    expect(rows.get(id)?.figures[2 * k]).toBe(region[`${member.region} Percent`]);
  }
}
