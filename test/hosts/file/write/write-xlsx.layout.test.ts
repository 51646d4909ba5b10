import { lineCount } from '../../../../src/hosts/file/write/row-heights';
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { loadWithExcelJS, partText, plan, summarySheet, usersWorkbook } from './write-fixtures';

const LONG = 'Relationship between opportunities for fraud and the rise of criminal tendencies';

async function summaryXml(bytes: Uint8Array): Promise<string> {
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const position = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex(([, name]) => name === 'Summary');
  return partText(bytes, `xl/worksheets/sheet${position + 1}.xml`);
}

describe('writeXlsx: text the plan wraps', () => {
  const wrapped = summarySheet({
    blocks: [{ top: 1, left: 3, rows: [[LONG], ['Short']] }],
    tables: [],
    columnWidths: { 3: 30 },
    wrapped: [{ top: 1, bottom: 2, left: 3, right: 3 }],
  });

  it('wraps the cells of the range from their top, and no other', async () => {
    const sheet = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(wrapped)))).getWorksheet('Summary')!;
    expect(sheet.getCell('C1').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('C2').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('A3').alignment ?? {}).not.toHaveProperty('wrapText');
  });

  it('gives a row the height of its longest wrapped text, for readers that do not measure it (LibreOffice)', async () => {
    const xml = await summaryXml(await writeXlsx(await usersWorkbook(), plan(wrapped)));
    expect(xml).toContain(`<row r="1" ht="${lineCount(LONG, 30) * 15}" customHeight="1">`);
    expect(xml).toMatch(/<row r="2">/);
  });

  it('counts a right-aligned table header’s lines in the room its filter button leaves it', async () => {
    // "Difference (pp)" fits a column of 15 on one line, but not beside the filter button: two lines.
    const header = summarySheet({
      blocks: [],
      tables: [{ name: 'Differences', top: 1, left: 1, columns: ['Difference (pp)'], rows: [[1.5]], alignments: ['right'] }],
      columnWidths: { 1: 15 },
      wrapped: [{ top: 1, left: 1, bottom: 2, right: 1 }],
    });
    const xml = await summaryXml(await writeXlsx(await usersWorkbook(), plan(header)));
    expect(lineCount('Difference (pp)', 15)).toBe(1);
    expect(xml).toContain('<row r="1" ht="30" customHeight="1">');
  });

  it('gives a title’s row room for its larger type, and leaves a plain row’s height to the reader', async () => {
    const titled = summarySheet({
      blocks: [
        { top: 1, left: 1, rows: [['Summary']], style: 'title' },
        { top: 2, left: 1, rows: [['plain']] },
      ],
      tables: [],
    });
    const xml = await summaryXml(await writeXlsx(await usersWorkbook(), plan(titled)));
    expect(xml).toContain('<row r="1" ht="20.5" customHeight="1">');
    expect(xml).toContain('<row r="2">');
  });

  it('counts lines as words wrap at the column’s width', () => {
    expect.assertions(4);
    const cases: [string, number, number][] = [
      ['Short', 30, 1],
      [LONG, 30, 3],
      ['one\ntwo', 30, 2],
      ['x'.repeat(60), 30, 2],
    ];
    for (const [text, width, lines] of cases) expect(lineCount(text, width)).toBe(lines);
  });
});

describe('writeXlsx: a wrapped cell is a look of its own', () => {
  it('gives a wrapped cell and an unwrapped cell of the same format different styles', async () => {
    const sheet = summarySheet({
      blocks: [{ top: 1, left: 1, rows: [['wraps'], ['does not']] }],
      tables: [],
      wrapped: [{ top: 1, bottom: 1, left: 1, right: 1 }],
    });
    const written = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(sheet)))).getWorksheet('Summary')!;
    expect(written.getCell('A1').alignment).toMatchObject({ wrapText: true });
    expect(written.getCell('A2').alignment?.wrapText).toBeFalsy();
  });
});

describe('writeXlsx: a right-aligned table header', () => {
  it('stops short of the filter button at its cell’s right edge; its figures do not', async () => {
    const table = {
      name: 'T',
      top: 1,
      left: 1,
      columns: ['Label', 'Percent'],
      rows: [['a', 0.5]],
      formats: [undefined, 'percent' as const],
      alignments: [undefined, 'right' as const],
    };
    const sheet = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(summarySheet({ blocks: [], tables: [table] }))))).getWorksheet('Summary')!;
    expect(sheet.getCell('B1').alignment).toMatchObject({ horizontal: 'right', indent: 2 });
    expect(sheet.getCell('B2').alignment).toMatchObject({ horizontal: 'right' });
    expect(sheet.getCell('B2').alignment?.indent ?? 0).toBe(0);
  });
});

describe('writeXlsx: a block’s own alignments', () => {
  it('puts the columns the block aligns right at the right, and leaves the others', async () => {
    const block = {
      top: 1,
      left: 1,
      rows: [['Question', 'Taken', 'Intended']],
      style: 'label' as const,
      alignments: [undefined, 'right' as const, 'right' as const],
    };
    const sheet = (await loadWithExcelJS(await writeXlsx(await usersWorkbook(), plan(summarySheet({ blocks: [block], tables: [] }))))).getWorksheet('Summary')!;
    expect(['A1', 'B1', 'C1'].map((a) => sheet.getCell(a).alignment?.horizontal)).toEqual([undefined, 'right', 'right']);
  });
});
