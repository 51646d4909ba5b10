import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';

/** 2026-11-26, as the clock of every command-line test. */
export const NOW = Date.UTC(2026, 10, 26, 12);

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function run(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env, now: () => NOW };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A scratch folder for one test file, removed after it. */
export function scratch(): { path(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wco-survey-'));
  return { path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a workbook of plain rows, one sheet per entry. */
export async function writeWorkbook(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row) => sheet.addRow(row));
  }
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}
