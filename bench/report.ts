import type { BundleSize } from './bundle-size';
import type { CliTiming } from './cli-timing';
import type { CoreTiming } from './core-timing';
import type { ExcelBudget } from './excel-double';
import type { Machine } from './machine';
import type { PandasTiming } from './pandas-timing';
import { sizeLabel, type Size } from './sizes';
import { bytes, duration, mark, markdownTable, textTable } from './table';

export interface SizeResult {
  readonly size: Size;
  readonly file: { readonly path: string; readonly bytes: number; readonly generated: boolean };
  readonly core: CoreTiming;
  readonly excel: ExcelBudget;
  readonly cli: CliTiming;
  readonly pandas: PandasTiming;
}

export interface BenchReport {
  readonly machine: Machine;
  readonly runs: number;
  readonly results: readonly SizeResult[];
  readonly bundle: BundleSize;
  readonly notes: readonly string[];
}

type Table = { header: string[]; rows: string[][] };

export function timingTable(results: readonly SizeResult[]): Table {
  const header = [
    'size',
    'file',
    'read',
    'check',
    'analyse',
    'profiles (all)',
    'CLI check',
    'peak RSS',
    'CLI analyze',
    'ExcelJS floor',
    'ratio (goal ≤ 1.3)',
    'peak RSS',
    'pandas',
    'CLI ÷ pandas',
  ];
  const rows = results.map(({ size, file, core, cli, pandas }) => [
    sizeLabel(size),
    bytes(file.bytes),
    duration(core.readMs),
    duration(core.checkMs),
    duration(core.analyseMs),
    `${duration(core.profilesMs)} (${core.profiles})`,
    duration(cli.checkMs),
    bytes(cli.checkMaxRss),
    duration(cli.analyzeMs),
    duration(cli.floorMs),
    `${cli.ratio.toFixed(2)} ${mark(cli.met)}`,
    bytes(cli.analyzeMaxRss) + (cli.nodeFlags.length > 0 ? '*' : ''),
    'ms' in pandas ? duration(pandas.ms) : 'skipped',
    'ms' in pandas ? (cli.analyzeMs / pandas.ms).toFixed(2) : '–',
  ]);
  return { header, rows };
}

export function excelTable(results: readonly SizeResult[]): Table {
  const header = ['size', 'read syncs (goal)', 'write syncs (goal)', 'rewrite syncs (goal)', 'largest request', 'largest response', 'goals met (< 4 MB)'];
  const rows = results.map(({ size, excel }) => [
    sizeLabel(size),
    `${excel.read.syncs} (≤ ${excel.read.goal})`,
    `${excel.write.syncs} (≤ ${excel.write.goal})`,
    `${excel.rewrite.syncs} (≤ ${excel.rewrite.goal})`,
    bytes(excel.largestRequestBytes),
    bytes(excel.largestResponseBytes),
    mark(excel.met),
  ]);
  return { header, rows };
}

export function bundleLine(bundle: BundleSize): string {
  if (!bundle.built) return `Pane bundle: ${bundle.reason}`;
  const chunk = (c: { file: string; bytes: number; gzipBytes: number }) => `${c.file} ${bytes(c.bytes)} → ${bytes(c.gzipBytes)} gzipped`;
  const chunks = bundle.chunks.map(chunk).join('; ');
  return (
    `Pane bundle (dist/, built ${bundle.builtAt.slice(0, 16).replace('T', ' ')}): entry ${chunk(bundle.entry)}` +
    (chunks ? `; loaded on demand: ${chunks}` : '') +
    `; dist/ as hosted (office.js from the CDN unless built with office-js=local): ${chunk(bundle.hosted)}`
  );
}

export function machineLine(m: Machine, runs: number): string {
  return `${m.cores} cores, ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date}; load average ${m.load.join(' → ')}; medians of ${runs} runs`;
}

export function terminalReport(report: BenchReport): string {
  const timing = timingTable(report.results);
  const excel = excelTable(report.results);
  return [
    machineLine(report.machine, report.runs),
    '',
    "Engine in process (check, analyse, every responding Member's profile, on a snapshot already read), and the command line against the ExcelJS floor:",
    textTable(timing.header, timing.rows),
    '',
    'Excel host through the strict Excel double (syncs per command, largest payloads):',
    textTable(excel.header, excel.rows),
    '',
    bundleLine(report.bundle),
    ...report.notes.map((note) => `Note: ${note}`),
  ].join('\n');
}

/** The Performance section's tables, in Markdown. */
export function markdownReport(report: BenchReport): string {
  const timing = timingTable(report.results);
  const excel = excelTable(report.results);
  return [
    `Machine: ${machineLine(report.machine, report.runs)}.`,
    '',
    markdownTable(timing.header, timing.rows),
    '',
    markdownTable(excel.header, excel.rows),
    '',
    bundleLine(report.bundle),
    ...report.notes.map((note) => `\n${note}`),
  ].join('\n');
}
