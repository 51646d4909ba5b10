import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { run, scratch, writeWorkbook } from '../support/cli';

/**
 * A macro-enabled workbook (.xlsm) in, a macro-enabled workbook out, under a name Excel opens: Excel
 * refuses a workbook with macros named .xlsx, and one without named .xlsm ("the file format or file
 * extension is not valid"), so such an --out is refused before any work, with the name to use.
 */

const dir = scratch();
afterAll(() => dir.cleanup());

const FIXTURE = join(__dirname, '..', 'fixtures', 'xlsm', 'responses-with-macros.xlsm');
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'make-xlsm-fixture.js');

async function vbaProjectOf(file: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const types = (await zip.file('[Content_Types].xml')!.async('string')).match(/<Override PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/)?.[1];
  return { vbaProject: await zip.file('xl/vbaProject.bin')?.async('uint8array'), workbookType: types };
}

/** French as printed, its non-breaking spaces (before : and ;) as plain ones. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

/** A folder of its own, so that whatever a command leaves there shows. */
function folder(name: string): string {
  const path = dir.path(name);
  mkdirSync(path);
  return path;
}

describe('the .xlsm fixture', () => {
  it('is what scripts/make-xlsm-fixture.js builds', () => {
    const rebuilt = folder('rebuilt');
    execFileSync(process.execPath, [SCRIPT, rebuilt], { stdio: 'pipe' });
    expect(readFileSync(join(rebuilt, 'responses-with-macros.xlsm'))).toEqual(readFileSync(FIXTURE));
  });
});

describe('wco-survey on a macro-enabled workbook (.xlsm)', () => {
  it('checks it as any workbook', async () => {
    expect(await run(['check', FIXTURE, '--lang', 'en'])).toEqual({ code: 0, out: 'Checked 3 submissions: no problems found.', err: '' });
  });

  it('analyze --out x.xlsm writes it with its macros: the VBA project byte for byte, the workbook still macro-enabled', async () => {
    const before = readFileSync(FIXTURE);
    const out = join(folder('kept'), 'analysed.xlsm');
    const result = await run(['analyze', FIXTURE, '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n')[0]).toBe(`Wrote ${out} with the sheets Summary, Charts, Regions, Comparison, CRM Summary, Validation.`);
    expect(await vbaProjectOf(out)).toEqual(await vbaProjectOf(FIXTURE));
    expect((await vbaProjectOf(out)).workbookType).toBe('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(readFileSync(FIXTURE)).toEqual(before);
    // And it is read back, and analysed again into itself's name, as any output.
    expect((await run(['check', out, '--lang', 'en'])).code).toBe(0);
    expect((await run(['analyze', out, '--out', join(dir.path('kept'), 'again.xlsm'), '--lang', 'en'])).code).toBe(0);
  });

  it('analyze --out x.xlsx is refused, in one line saying why and what name to use, and nothing is written', async () => {
    const where = folder('refused');
    const out = join(where, 'analysed.xlsx');
    expect(await run(['analyze', FIXTURE, '--out', out, '--lang', 'en'])).toEqual({
      code: 2,
      out: '',
      err: `wco-survey: responses-with-macros.xlsm is a macro-enabled workbook (.xlsm), which Excel opens only under a name ending in .xlsm: it would refuse ${out}. Name the output ${join(where, 'analysed.xlsm')} instead; the macros are kept.`,
    });
    expect(spaced((await run(['analyze', FIXTURE, '--out', out, '--lang', 'fr'])).err)).toBe(
      `wco-survey: responses-with-macros.xlsm est un classeur prenant en charge les macros (.xlsm), qu’Excel n’ouvre que sous un nom se terminant par .xlsm : il refuserait ${out}. Nommez plutôt la sortie ${join(where, 'analysed.xlsm')} ; les macros sont conservées.`,
    );
    // Any name but .xlsm: Excel would not open it either.
    expect((await run(['analyze', FIXTURE, '--out', join(where, 'analysed'), '--lang', 'en'])).err).toMatch(/Name the output .*analysed\.xlsm instead/);
    expect(readdirSync(where)).toEqual([]);
  });

  it('consolidate gathers a returned .xlsm, named or in a folder', async () => {
    const returned = folder('returned');
    copyFileSync(FIXTURE, join(returned, 'three.xlsm'));
    const out = dir.path('master.xlsx');
    const result = await run(['consolidate', returned, '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, out: `Gathered 3 submissions from 1 file into ${out} (sheet Responses; details in Import Log).` });
  });
});

describe('a workbook without macros is never written under an .xlsm name', () => {
  const refusal = (out: string) =>
    `wco-survey: The workbook written holds no macros, and Excel opens a workbook without macros only under a name ending in .xlsx: it would refuse ${out}. Name the output ${out.replace(/\.xlsm$/, '.xlsx')} instead.`;

  it('analyze of an .xlsx --out x.xlsm', async () => {
    const input = dir.path('plain.xlsx');
    await writeWorkbook(input, {
      Responses: [
        ['Member', 'F1'],
        ['Kenya', 'Yes'],
      ],
    });
    const out = dir.path('plain-analysed.xlsm');
    expect(await run(['analyze', input, '--out', out, '--lang', 'en'])).toEqual({ code: 2, out: '', err: refusal(out) });
    expect(spaced((await run(['analyze', input, '--out', out, '--lang', 'fr'])).err)).toBe(
      `wco-survey: Le classeur écrit ne contient pas de macros, et Excel n’ouvre un classeur sans macros que sous un nom se terminant par .xlsx : il refuserait ${out}. Nommez plutôt la sortie ${out.replace(/\.xlsm$/, '.xlsx')}.`,
    );
  });

  it.each([
    ['consolidate', () => [FIXTURE]],
    ['template', () => ['--member', 'Kenya']],
    ['questionnaire', () => []],
  ])('%s --out x.xlsm (it writes a new workbook, without macros)', async (command, args) => {
    const where = folder(`new-${command}`);
    const out = join(where, `${command}.xlsm`);
    expect(await run([command, ...args(), '--out', out, '--lang', 'en'])).toEqual({ code: 2, out: '', err: refusal(out) });
    expect(readdirSync(where)).toEqual([]);
  });
});
