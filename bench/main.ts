import { existsSync, statSync, writeFileSync } from 'fs';
import { loadavg } from 'os';
import { dirname, join } from 'path';
import { bundleSize } from './bundle-size';
import { LARGE_HEAP_FLAG, timeCli } from './cli-timing';
import { timeCore } from './core-timing';
import { measureExcelHost } from './excel-double';
import { machine } from './machine';
import { parseOptions, type BenchOptions } from './options';
import { findPandas, timePandas, type PythonProbe } from './pandas-timing';
import { markdownReport, terminalReport, type BenchReport, type SizeResult } from './report';
import { sizeLabel, type Size } from './sizes';
import { benchWorkbook, cacheFolder } from './workbook-file';

/** `npm run bench`: see bench/README.md. Progress goes to stderr, so that `--json` leaves stdout to the JSON. */
async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const loadAtStart = loadavg()[0];
  const root = projectRoot();
  if (!existsSync(join(root, 'build', 'cli', 'main.js'))) {
    console.error('The command line is not built: npm run build:cli (npm run bench does it first).');
    return 2;
  }
  const scratch = cacheFolder(root);
  const pandas = findPandas();
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await benchSize(size, options.runs, { root, scratch, pandas }));
  const report: BenchReport = {
    machine: machine(loadAtStart),
    runs: options.runs,
    results,
    bundle: bundleSize(join(root, 'dist')),
    notes: notesOf(results, pandas),
  };
  output(report, options);
  return 0;
}

interface Context {
  readonly root: string;
  readonly scratch: string;
  /** The python3 that has pandas, or why there is none. */
  readonly pandas: PythonProbe;
}

async function benchSize(size: Size, runs: number, { root, scratch, pandas: probe }: Context): Promise<SizeResult> {
  const label = sizeLabel(size);
  const file = await benchWorkbook(scratch, size);
  progress(`${label}: ${file.generated ? 'generated' : 'reusing'} ${file.path}`);
  progress(`${label}: check and analyse in process…`);
  const core = await timeCore(file.path, runs);
  progress(`${label}: Excel host through the strict double…`);
  const excel = await measureExcelHost(size);
  progress(`${label}: wco-survey analyze and the ExcelJS floor, ${runs} runs each…`);
  const cli = await timeCli(file.path, runs, { root, scratch });
  if (cli.nodeFlags.length > 0) progress(`${label}: the children needed ${cli.nodeFlags.join(' ')}`);
  if ('python' in probe) progress(`${label}: pandas (${probe.python}), ${runs} runs…`);
  const pandas = 'python' in probe ? await timePandas(probe.python, root, file.path, runs) : { skipped: probe.missing };
  return { size, file: { path: file.path, bytes: statSync(file.path).size, generated: file.generated }, core, excel, cli, pandas };
}

function notesOf(results: readonly SizeResult[], pandas: PythonProbe): string[] {
  const notes: string[] = [];
  const heavy = results.filter((r) => r.cli.nodeFlags.length > 0).map((r) => sizeLabel(r.size));
  if (heavy.length > 0) notes.push(`* ${heavy.join(', ')}: V8's default heap was not enough; both children ran with ${LARGE_HEAP_FLAG}.`);
  const cycled = results.filter((r) => r.size.rows > 150);
  if (cycled.length > 0) {
    const errors = cycled.map((r) => `${r.core.workload.errors.toLocaleString('en-US')} at ${sizeLabel(r.size)}`).join(', ');
    notes.push(
      `Rows cycle through the registry's 150 Members: beyond row 150 each is a duplicate-member error (${errors}), ` +
        'named in the Validation sheet and left out of the percentages.',
    );
  }
  if ('missing' in pandas) notes.push(`pandas column skipped: ${pandas.missing}.`);
  return notes;
}

function output(report: BenchReport, options: BenchOptions): void {
  const json = JSON.stringify(report, null, 2);
  if (options.json === true) {
    process.stdout.write(`${json}\n`);
  } else {
    if (options.json) writeFileSync(options.json, `${json}\n`);
    process.stdout.write(`${terminalReport(report)}\n`);
  }
  if (options.markdown) process[options.json === true ? 'stderr' : 'stdout'].write(`\n${markdownReport(report)}\n`);
}

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** The folder of the project's package.json, above this script wherever it was compiled to. */
function projectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'bench'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('no package.json with a bench/ folder above the benchmark');
    folder = parent;
  }
  return folder;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
