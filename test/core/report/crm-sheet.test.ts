import { evaluateIndicators } from '../../../src/core/crm/evaluate';
import { readIndicators } from '../../../src/core/crm/read-indicators';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import { crmSheet } from '../../../src/core/report/crm-sheet';
import { WORDS } from '../../../src/core/report/words';
import type { NumberFormat, PlanValue, SheetPlan, TablePlan } from '../../../src/core/report/plan';
import type { CellRange } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const HEADER = ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'];
/** Every unit of the catalogue, whole and not, a percentage typed with a % sign, one row not measured, one unchanged. */
const ROWS: Plain[][] = [
  ['Malaysia', 'E-DECLARATIONS', 'Implementation', '1996', 0.35, '1999', 0.82],
  ['Mauritius', 'E-DECLARATIONS', 'Evaluation', '1996', 0.2, '1999', 0.9],
  ['Malaysia', 'COMPLIANCE', 'Implementation', '1996', '80,5 %', '1999', 0.85],
  ['Malaysia', 'DETECTIONS', 'Implementation', '1996', 130, '1999', 1250],
  ['Malaysia', 'CLEARANCE-TIME', 'Implementation', '1996', 72.5, '1999', 30],
  ['Peru', 'REV-YIELD', 'Implementation', '1996', 1700, '1999', 2600],
  ['Peru', 'STATS-DELAY', 'Implementation', '1996', 90, '1999', 60],
  ['Peru', 'BUSINESS-COST', 'Implementation', '1996', 12.4, '1999', 9.95],
  ['Cameroon', 'COMPLAINTS', 'Diagnosis and Planning', '1996', 40, '1999', 40],
  ['Cameroon', 'OFFENCES', 'Diagnosis and Planning', '1996', 35, '1999', null],
  ['Zambia', 'PROSECUTIONS', 'Entry', 'FY 1995/96', 15, 'FY 1998/99', 25],
];
const evaluation = (rows: Plain[][] = ROWS) => evaluateIndicators(readIndicators(workbook(sheet('CRM Indicators', [HEADER, ...rows])), REGISTRY_1998));
const SHEETS: Record<Language, SheetPlan> = { en: crmSheet(evaluation(), 'en'), fr: crmSheet(evaluation(), 'fr') };
const table = (s: SheetPlan, name: string) => s.tables.find((t) => t.name === name)!;
const column = (t: TablePlan, name: string) => t.columns.indexOf(name);
const results = (lang: Language = 'en') => table(SHEETS[lang], 'CRMResults');
const rowOf = (t: TablePlan, member: string, indicator: string) => t.rows.findIndex((r) => r[0] === member && r[3] === indicator);
const cellOf = (t: TablePlan, row: number, name: string) => ({
  value: t.rows[row][column(t, name)],
  format: t.cellFormats?.[row]?.[column(t, name)] ?? t.formats?.[column(t, name)],
});

describe('CRM Summary: values in their indicator’s unit', () => {
  it.each<[string, string, string, NumberFormat, NumberFormat]>([
    // indicator, its unit, the Member, baseline and follow-up's format, the change's format
    ['E-DECLARATIONS', '%', 'Malaysia', 'percent', 'points'],
    ['COMPLIANCE', '%', 'Malaysia', 'percent1', 'points'],
    ['DETECTIONS', 'count', 'Malaysia', 'whole', 'whole'],
    ['PROSECUTIONS', 'count', 'Zambia', 'whole', 'whole'],
    ['COMPLAINTS', 'count', 'Cameroon', 'whole', 'whole'],
    ['STATS-DELAY', 'days', 'Peru', 'whole', 'whole'],
    ['REV-YIELD', 'USD million', 'Peru', 'whole', 'whole'],
    ['CLEARANCE-TIME', 'hours', 'Malaysia', 'decimal', 'decimal'],
    ['BUSINESS-COST', 'USD per declaration', 'Peru', 'decimal', 'decimal'],
  ])('%s (%s): baseline and follow-up as %s, change as %s', (indicator, unit, member, valueFormat, changeFormat) => {
    const t = results();
    const row = rowOf(t, member, indicator);
    expect(t.rows[row][column(t, 'Unit')]).toBe(unit);
    expect(cellOf(t, row, 'Baseline').format).toBe(valueFormat);
    expect(cellOf(t, row, 'Follow-up').format).toBe(valueFormat);
    expect(cellOf(t, row, 'Change').format).toBe(changeFormat);
  });

  it('gives an indicator one format for all its Members', () => {
    const t = results();
    const formats = t.rows.flatMap((r, i) => (r[3] === 'E-DECLARATIONS' ? [cellOf(t, i, 'Baseline').format] : []));
    expect(formats).toEqual(['percent', 'percent']);
  });

  it.each<[string, number, number, number]>([
    ['Malaysia', 0.35, 0.82, 47],
    ['Mauritius', 0.2, 0.9, 70],
  ])('keeps a percentage as a fraction, its change in percentage points, its relative change blank (%s)', (member, baseline, followUp, points) => {
    const t = results();
    const row = rowOf(t, member, 'E-DECLARATIONS');
    expect([cellOf(t, row, 'Baseline').value, cellOf(t, row, 'Follow-up').value]).toEqual([baseline, followUp]);
    expect(cellOf(t, row, 'Change').value).toBe(points);
    expect(cellOf(t, row, 'Relative change').value).toBeNull();
  });

  it('reads a percentage typed with a % sign as the same fraction, its change in points', () => {
    const t = results();
    const row = rowOf(t, 'Malaysia', 'COMPLIANCE');
    expect(cellOf(t, row, 'Baseline').value).toBe(0.805);
    expect(cellOf(t, row, 'Change').value).toBeCloseTo(4.5, 10);
  });

  it('keeps any other unit’s change in that unit, and its relative change as a percent', () => {
    const t = results();
    const row = rowOf(t, 'Malaysia', 'DETECTIONS');
    expect(cellOf(t, row, 'Change')).toEqual({ value: 1120, format: 'whole' });
    expect(cellOf(t, row, 'Relative change')).toEqual({ value: 1120 / 130, format: 'percent1' });
  });

  it('counts in the per-Member and per-indicator tables as whole numbers, the share as a percent', () => {
    expect(table(SHEETS.en, 'CRMMembers').formats).toEqual([undefined, undefined, 'integer', 'integer', 'integer', 'integer', 'percent']);
    expect(table(SHEETS.en, 'CRMIndicatorProgress').formats).toEqual([undefined, undefined, undefined, 'integer', 'integer', 'integer', 'integer']);
  });

  it('says under the title that a percentage’s change is in points, only when there is one', () => {
    const notes = (s: SheetPlan) => s.blocks.filter((b) => b.style === 'note').flatMap((b) => b.rows.map((r) => r[0]));
    expect(notes(SHEETS.en)).toContain('A percentage’s change is in percentage points; its relative change is left blank.');
    expect(notes(SHEETS.fr)).toContain('La variation d’un pourcentage est en points de pourcentage\u00a0; sa variation relative est laissée vide.');
    const noPercent = crmSheet(evaluation(ROWS.filter((r) => !['E-DECLARATIONS', 'COMPLIANCE'].includes(String(r[1])))), 'en');
    expect(notes(noPercent).join(' ')).not.toMatch(/percentage points/);
  });
});

describe('CRM Summary: status in the sheet’s language', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'Malaysia', 'DETECTIONS', 'improved'],
    ['en', 'Malaysia', 'E-DECLARATIONS', 'improved'],
    ['en', 'Peru', 'REV-YIELD', 'improved'],
    ['en', 'Zambia', 'PROSECUTIONS', 'improved'],
    ['en', 'Cameroon', 'COMPLAINTS', 'unchanged'],
    ['en', 'Cameroon', 'OFFENCES', 'not measured'],
    ['fr', 'Malaisie', 'DETECTIONS', 'en progrès'],
    ['fr', 'Cameroun', 'COMPLAINTS', 'inchangé'],
    ['fr', 'Cameroun', 'OFFENCES', 'non mesuré'],
  ])('%s: %s %s is “%s”', (lang, member, indicator, status) => {
    const t = results(lang);
    expect(t.rows[rowOf(t, member, indicator)][column(t, 'Status')]).toBe(status);
  });

  it.each<[Language, string]>([
    ['en', 'declined'],
    ['fr', 'en recul'],
  ])('%s: a decline is “%s”', (lang, word) => {
    const declined = crmSheet(evaluation([['Peru', 'REV-YIELD', null, '1996', 1700, '1999', 1500]]), lang);
    expect(table(declined, 'CRMResults').rows[0].at(-1)).toBe(word);
  });

  it('writes no status code in either language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const t = results(lang);
      expect(t.rows.map((r) => r[column(t, 'Status')])).not.toContain('not-measured');
    }
  });
});

describe('CRM Summary: laid out as a report’s tables', () => {
  it('keeps the contracted tables and their columns, in order', () => {
    expect(SHEETS.en.tables.map((t) => [t.name, t.columns])).toEqual([
      [
        'CRMResults',
        [
          'Member',
          'Region',
          'Stage',
          'Indicator',
          'Label',
          'Unit',
          'Better when',
          'Baseline period',
          'Baseline',
          'Follow-up period',
          'Follow-up',
          'Change',
          'Relative change',
          'Status',
        ],
      ],
      ['CRMMembers', ['Member', 'Stage', 'Measured', 'Improved', 'Declined', 'Unchanged', 'Share improved']],
      ['CRMIndicatorProgress', ['Indicator', 'Label', 'Better when', 'Members measured', 'Improved', 'Declined', 'Unchanged']],
    ]);
  });

  it('sets numbers and periods at the right of their columns, their headers over them, text at the left', () => {
    const right = (t: TablePlan) => t.columns.filter((_, c) => t.alignments?.[c] === 'right');
    expect(SHEETS.fr.tables.map(right)).toEqual([
      ['Baseline period', 'Baseline', 'Follow-up period', 'Follow-up', 'Change', 'Relative change'],
      ['Measured', 'Improved', 'Declined', 'Unchanged', 'Share improved'],
      ['Members measured', 'Improved', 'Declined', 'Unchanged'],
    ]);
    for (const t of SHEETS.en.tables) {
      t.rows.forEach((row) => row.forEach((v, c) => typeof v === 'number' && expect(t.alignments?.[c]).toBe('right')));
    }
  });

  describe.each<[string, SheetPlan]>([
    ['English', SHEETS.en],
    ['French', SHEETS.fr],
    ['English, no indicators', crmSheet(evaluation([]), 'en')],
    [
      'French, long names',
      crmSheet(
        evaluation([['Bosnia and Herzegovina', 'NON-COMPLIANCE', 'Diagnosis and Planning', 'Exercice 1995/1996', '1 234,5 %', 'Exercice 1998/1999', 0.9]]),
        'fr',
      ),
    ],
  ])('%s', (_, s) => {
    const widthOf = (col: number) => s.columnWidths?.[col] ?? 0;
    const inWrapped = (row: number, col: number) =>
      (s.wrapped ?? []).some((r: CellRange) => r.top <= row && row <= r.bottom && r.left <= col && col <= r.right);

    it('gives every column of every table the width of its longest text, or wraps it without cutting a word', () => {
      for (const t of s.tables) {
        t.columns.forEach((name, c) => {
          const col = t.left + c;
          // A header sits beside its filter button; it may wrap at a space onto two lines.
          const header = { text: name, room: widthOf(col) - PADDING - FILTER_BUTTON };
          const fits = header.text.length <= header.room || (inWrapped(t.top, col) && fitsOnLines(header.text, header.room, 2));
          expect({ table: t.name, column: name, width: widthOf(col), fits }).toEqual({ table: t.name, column: name, width: widthOf(col), fits: true });
          t.rows.forEach((row, r) => {
            const text = shown(row[c], t.cellFormats?.[r]?.[c] ?? t.formats?.[c]);
            const room = widthOf(col) - PADDING;
            const ok = text.length <= room || (typeof row[c] === 'string' && inWrapped(t.top + 1 + r, col) && fitsOnLines(text, room, 4));
            expect({ table: t.name, column: name, text, width: widthOf(col), ok }).toEqual({
              table: t.name,
              column: name,
              text,
              width: widthOf(col),
              ok: true,
            });
          });
        });
      }
    });

    it('never wraps a number', () => {
      for (const t of s.tables) {
        t.rows.forEach((row, r) => row.forEach((v, c) => typeof v === 'number' && expect(inWrapped(t.top + 1 + r, t.left + c)).toBe(false)));
      }
    });

    it('stacks the tables without overlap, each under its heading', () => {
      const spans = s.tables.map((t) => [t.top - 1, t.top + Math.max(t.rows.length, 1)]);
      spans.slice(1).forEach(([top], i) => expect(top).toBeGreaterThan(spans[i][1]));
      s.tables.forEach((t) => expect(s.blocks.some((b) => b.style === 'heading' && b.top === t.top - 1 && b.left === t.left)).toBe(true));
    });

    it('prints one A4 landscape page wide at 60 % or more', () => {
      const columns = Math.max(...s.tables.map((t) => t.left + t.columns.length - 1));
      const pixels = Array.from({ length: columns }, (_, i) => widthOf(i + 1) * 7 + 5).reduce((a, b) => a + b, 0);
      expect(pixels * 0.6).toBeLessThanOrEqual(988);
    });

    it('keeps each note line within the tables’ width', () => {
      const width = Object.values(s.columnWidths ?? {}).reduce((a, b) => a + b, 0);
      const lines = s.blocks.filter((b) => b.style === 'note').flatMap((b) => b.rows.map((r) => String(r[0])));
      expect(lines.length).toBeGreaterThan(0);
      lines.forEach((line) => expect(line.length).toBeLessThanOrEqual(width));
    });
  });

  it('splits a long note into lines, at sentences and spaces, losing no word', () => {
    const narrow = crmSheet(evaluation([]), 'fr');
    const lines = narrow.blocks[1].rows.map((r) => String(r[0]));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(
      'Aucun indicateur RMD dans ce classeur. Ajoutez une feuille «\u00a0CRM Indicators\u00a0» avec les colonnes Member, Indicator, Stage, Baseline period, Baseline, Follow-up period, Follow-up.',
    );
  });
});

const PADDING = 2;
const FILTER_BUTTON = 3;

/** What Excel shows for a value in a format, written here apart from the code under test. */
function shown(value: PlanValue, format: NumberFormat | undefined): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const withCommas = (n: number, decimals: number) => {
    const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
    return `${n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
  };
  const codes: Record<NumberFormat, () => string> = {
    percent: () => `${withCommas(value * 100, 0)}%`,
    percent1: () => `${withCommas(value * 100, 1)}%`,
    points: () => `${value > 0 ? '+' : ''}${value.toFixed(1)}`,
    integer: () => value.toFixed(0),
    whole: () => withCommas(value, 0),
    decimal: () => withCommas(value, 2),
    score: () => value.toFixed(1),
    date: () => '1998-01-01',
  };
  return format === undefined ? String(value) : codes[format]();
}

/** Whether the text breaks at spaces into at most `lines` lines of at most `room` characters. */
function fitsOnLines(text: string, room: number, lines: number): boolean {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (word.length > room) return false;
    if (out.length > 0 && out[out.length - 1].length + 1 + word.length <= room) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out.length <= lines;
}

describe('the CRM Summary on paper', () => {
  it('starts the per-Member and per-indicator tables on a page of their own, right above the first one’s heading', () => {
    const written = crmSheet(evaluation(), 'en');
    const heading = written.blocks.find((b) => b.rows[0]?.[0] === WORDS.en.crmMembers)!;
    expect(written.rowBreaks).toEqual([heading.top - 1]);
  });
});
