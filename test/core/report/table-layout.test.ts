import type { NumberFormat, PlanValue } from '../../../src/core/report/plan';
import { columnNeeds, headerWidth, noteLines, shownText, stackedLefts, textLines, widthsOf, wrappedCells } from '../../../src/core/report/table-layout';

describe('shownText: a number as its format writes it', () => {
  it.each<[PlanValue, NumberFormat | undefined, string]>([
    [0.35, 'percent', '35%'],
    [0.805, 'percent1', '80.5%'],
    [47, 'points', '+47.0'],
    [-4.25, 'points', '-4.3'],
    [1250, 'integer', '1250'],
    [1250, 'whole', '1,250'],
    [-1250, 'whole', '-1,250'],
    [4620, 'decimal', '4,620.00'],
    ['text', 'whole', 'text'],
    [null, 'whole', ''],
  ])('%p as %s is “%s”', (value, format, text) => {
    expect(shownText(value, format)).toBe(text);
  });
});

describe('headerWidth', () => {
  it.each<[string, boolean, number]>([
    ['Member', false, 6 + 5],
    ['Baseline period', false, 15 + 5],
    ['Baseline period', true, 8 + 5],
    ['Follow-up period', true, 9 + 5],
    ['Members measured', true, 8 + 5],
    ['Status', true, 6 + 5],
  ])('%s (two lines: %s) needs %d', (name, twoLines, width) => {
    expect(headerWidth(name, twoLines)).toBe(width);
  });
});

describe('columnNeeds', () => {
  const table = {
    name: 'T',
    columns: ['Label', 'Count'],
    rows: [
      ['A rather long label for a narrow column', 1250],
      ['Short', 3],
    ],
    formats: [undefined, 'whole' as const],
  };

  it('takes the longest value, as formatted, or the header beside its filter button', () => {
    expect(columnNeeds(table)).toEqual([39 + 2, 5 + 5]);
  });

  it('stops a capped column at its cap, never under its header', () => {
    expect(columnNeeds(table, (c) => (c === 'Label' ? { cap: 20 } : {}))).toEqual([20, 10]);
    expect(columnNeeds(table, (c) => (c === 'Label' ? { cap: 4 } : {}))).toEqual([5 + 5, 10]);
  });

  it('wraps what is wider than its column, header or values, and nothing else', () => {
    const widths = { 1: 20, 2: 10 };
    expect(wrappedCells({ ...table, top: 3, left: 1 }, widths)).toEqual([{ top: 4, bottom: 5, left: 1, right: 1 }]);
    expect(wrappedCells({ ...table, columns: ['Label', 'Members measured'], top: 3, left: 1 }, widths)).toEqual([
      { top: 4, bottom: 5, left: 1, right: 1 },
      { top: 3, bottom: 3, left: 2, right: 2 },
    ]);
  });
});

describe('stackedLefts: where a stacked table starts', () => {
  it.each<[string, number[][], number[]]>([
    ['alone, in column 1', [[10, 30, 10]], [1]],
    [
      'under columns its widths fit, past a wide one',
      [
        [10, 30, 10, 10, 10],
        [30, 10, 10],
      ],
      [1, 2],
    ],
    [
      'in column 1 when it fits there as well as anywhere',
      [
        [10, 10, 10],
        [10, 10],
      ],
      [1, 1],
    ],
    [
      'where it widens the sheet least',
      [
        [10, 40, 12, 12, 12],
        [12, 40, 12],
      ],
      [1, 1],
    ],
  ])('%s', (_, needs, lefts) => {
    expect(stackedLefts(needs)).toEqual(lefts);
  });

  it('sizes each column for every table placed in it', () => {
    expect(
      widthsOf([
        { left: 1, needs: [10, 30, 10] },
        { left: 2, needs: [20, 15, 8] },
      ]),
    ).toEqual({ 1: 10, 2: 30, 3: 15, 4: 8 });
  });
});

describe('noteLines', () => {
  it.each<[string, number, string[]]>([
    ['Short note.', 80, ['Short note.']],
    ['One sentence. Another one.', 80, ['One sentence.', 'Another one.']],
    ['words of a sentence too long for the line', 16, ['words of a', 'sentence too', 'long for the', 'line']],
    ['un point-virgule ; reste avec son mot', 16, ['un point-virgule ;', 'reste avec son', 'mot']],
    ['la feuille « CRM Indicators » reste', 12, ['la feuille', '« CRM', 'Indicators »', 'reste']],
  ])('%s', (note, width, lines) => {
    expect(noteLines(note, width)).toEqual(lines);
  });
});

describe('textLines', () => {
  it.each<[string, number, string[]]>([
    ['One sentence. Another one.', 80, ['One sentence. Another one.']],
    ['Customs-specific', 12, ['Customs-', 'specific']],
    ['Public-service-wide', 12, ['Public-', 'service-wide']],
    ['Both Customs-specific', 12, ['Both', 'Customs-', 'specific']],
    ['Propre à la douane', 12, ['Propre à la', 'douane']],
    ['Unbreakableword', 8, ['Unbreakableword']],
  ])('%s', (text, width, lines) => {
    expect(textLines(text, width)).toEqual(lines);
  });
});
