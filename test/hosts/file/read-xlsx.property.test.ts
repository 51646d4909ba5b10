import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { WorkbookUnusableError } from '../../../src/core/errors';
import { serialOfMs } from '../../../src/core/workbook/serial';
import { cellAt, type Cell, type SheetSnapshot, type WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';

/** Each property writes and reads a few dozen workbooks: more than jest's 5 s on a busy machine. */
const TIMEOUT = 60_000;

/** What a test writes in a cell with ExcelJS: `null` leaves it empty. */
type Written = string | number | boolean | Date | { error: string } | null;

interface Grid {
  readonly name: string;
  readonly rows: readonly (readonly Written[])[];
}

/**
 * Text the test's writer can store. ExcelJS's writer neither escapes a carriage return (XML reads it
 * back as a line feed), nor `_xHHHH_` (which readers take for an escaped character), and drops the
 * control characters XML forbids: those do not round-trip through ExcelJS itself, whoever reads them.
 * The add-in's own writer escapes all three (src/hosts/file/write/excel-text.ts, package/xml.ts).
 */
const storable = (text: string) => ![...text].some(unstorable) && !/_x[0-9A-Fa-f]{4}_/.test(text);

function unstorable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && char !== '\t' && char !== '\n') || code === 0x7f || code === 0xfffe || code === 0xffff;
}

const text: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.tuple(fc.constantFrom('=', '+', '-', '@', ' ', '\t'), fc.string({ maxLength: 8 })).map(([lead, rest]) => lead + rest),
    fc.constantFrom('=SUM(A1:A2)', '=1+1', '+33 1 23 45 67', '-', '@', '=', 'TRUE', '#N/A', '1e5', '0012', 'NaN', ' Kenya ', '日本', '🇰🇪', ' ', 'a\nb'),
  )
  .filter(storable);

const number = fc
  .oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
  )
  .map((n) => (Object.is(n, -0) ? 0 : n));

/** Dates from 1900-03-01, after Excel's phantom 29 February 1900, to the last day Excel shows. */
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

const written: fc.Arbitrary<Written> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

const sheetName = fc.oneof(fc.constantFrom('Responses', 'Settings', 'Réponses', '日本', 'Sheet 1'), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,20}$/));

const grids: fc.Arbitrary<Grid[]> = fc.uniqueArray(fc.record({ name: sheetName, rows: fc.array(fc.array(written, { maxLength: 6 }), { maxLength: 6 }) }), {
  minLength: 1,
  maxLength: 3,
  selector: (g) => g.name.toLowerCase(),
});

async function bytesOf(grids: readonly Grid[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What the reader must give for a written value: blank text is an empty cell; a date is its serial. */
function expectedCell(value: Written): Cell | ReturnType<typeof expect.closeTo> | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', serial: expect.closeTo(serialOfMs(value.getTime()), 6) };
  return { kind: 'error', error: value.error };
}

const width = (grid: Grid) => Math.max(0, ...grid.rows.map((r) => r.length));

/** A sheet's cells over the written grid's rectangle and one row and column beyond it. */
function cellsOf(sheet: SheetSnapshot, grid: Grid): unknown[][] {
  return Array.from({ length: grid.rows.length + 1 }, (_, r) => Array.from({ length: width(grid) + 1 }, (__, c) => cellAt(sheet, r + 1, c + 1)));
}

function expectedCells(grid: Grid): unknown[][] {
  return Array.from({ length: grid.rows.length + 1 }, (_, r) => Array.from({ length: width(grid) + 1 }, (__, c) => expectedCell(grid.rows[r]?.[c] ?? null)));
}

/** The snapshot's rows stop at the last row holding a value. */
function lastRowWithValue(grid: Grid): number {
  let last = 0;
  grid.rows.forEach((row, r) => {
    if (row.some((v) => expectedCell(v) !== undefined)) last = r + 1;
  });
  return last;
}

/** The snapshot, or the WorkbookUnusableError the reader refused the bytes with; any other failure fails. */
async function readOrRefuse(bytes: Uint8Array): Promise<WorkbookSnapshot | WorkbookUnusableError> {
  try {
    return await readXlsx(bytes);
  } catch (error) {
    if (error instanceof WorkbookUnusableError) return error;
    throw error;
  }
}

describe('property: readXlsx gives back what ExcelJS wrote', () => {
  it(
    'the same sheets, in order, and in each the same text (even “=…”, “+…”, “-…”, “@…”), numbers, booleans, dates and errors',
    async () => {
      await fc.assert(
        fc.asyncProperty(grids, async (written) => {
          const read = await readOrRefuse(await bytesOf(written));
          if (read instanceof WorkbookUnusableError) throw read;
          expect(read.sheets.map((s) => s.name)).toEqual(written.map((g) => g.name));
          written.forEach((grid, i) => {
            expect(cellsOf(read.sheets[i], grid)).toEqual(expectedCells(grid));
            expect(read.sheets[i].rows.length).toBe(lastRowWithValue(grid));
          });
        }),
        { numRuns: 40 },
      );
    },
    TIMEOUT,
  );

  it(
    'never fails but with a WorkbookUnusableError, whatever text the cells hold (control characters, lone surrogates)',
    async () => {
      const anyText = fc.string({ unit: 'binary', maxLength: 12 });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(anyText, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), async (rows) => {
          const read = await readOrRefuse(await bytesOf([{ name: 'Responses', rows }]));
          if (read instanceof WorkbookUnusableError) return;
          for (const row of read.sheets[0].rows) for (const cell of row) if (cell) expect(cell.kind).toBe('text');
        }),
        { numRuns: 30 },
      );
    },
    TIMEOUT,
  );

  describe('damaged bytes are refused with a WorkbookUnusableError, or read', () => {
    const intact = bytesOf([
      {
        name: 'Responses',
        rows: [
          ['Member', 'Received', 'F1'],
          ['Kenya', new Date(Date.UTC(1998, 2, 15)), 'Yes'],
        ],
      },
    ]);

    it(
      'a file cut short',
      async () => {
        const bytes = await intact;
        await fc.assert(
          fc.asyncProperty(fc.nat(bytes.length - 1), async (length) => {
            await readOrRefuse(bytes.slice(0, length));
          }),
          { numRuns: 50 },
        );
      },
      TIMEOUT,
    );

    it(
      'a byte changed anywhere',
      async () => {
        const bytes = await intact;
        const damaged = fc.record({ at: fc.nat(bytes.length - 1), byte: fc.nat(255) }).map(({ at, byte }) => {
          const copy = bytes.slice();
          copy[at] = byte;
          return copy;
        });
        await fc.assert(
          fc.asyncProperty(damaged, async (copy) => {
            await readOrRefuse(copy);
          }),
          { numRuns: 50 },
        );
      },
      TIMEOUT,
    );
  });
});
