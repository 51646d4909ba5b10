import { appendToConsolidation, consolidatedTable } from '../../../src/core/consolidate/append';
import { consolidate, type ConsolidationSource } from '../../../src/core/consolidate/consolidate';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { RequestError, requestMessage } from '../../../src/core/request-error';
import type { WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { analyseWorkbook } from '../../../src/core/workflows/analyse-workbook';
import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import { afterWriting } from '../../support/plan';
import { sheet, workbook } from '../../support/snapshot';

const TODAY = 46360;

/** A returned template: the Member, the day received, an answer to F1 and to F2. */
function returned(member: string, day: number, f1: string, f2 = 'Yes'): WorkbookSnapshot {
  return workbook(
    sheet(member, [
      ['WCO integrity survey submission'],
      ['Member', null, member],
      ['Received', null, { date: 35855 + day }],
      ['F1', null, f1],
      ['F2', null, f2],
    ]),
  );
}

const file = (name: string, book: WorkbookSnapshot): ConsolidationSource => ({ file: name, workbook: book });
const FILES = {
  malta: file('malta.xlsx', returned('Malta', 1, 'Yes')),
  japan: file('japan.xlsx', returned('Japan', 2, 'No')),
  kenya: file('kenya.xlsx', returned('Kenya', 3, 'Yes', 'No')),
  peru: file('peru.xlsx', returned('Peru', 4, 'No')),
  chile: file('chile.xlsx', returned('Chile', 5, 'Yes')),
  france: file('france.xlsx', returned('France', 6, 'No', 'No')),
};

/** A new workbook of the consolidation of `sources`, as written. */
function consolidated(sources: readonly ConsolidationSource[], lang: 'en' | 'fr' = 'en'): WorkbookSnapshot {
  return afterWriting(workbook(), consolidate(sources, SURVEY_1998, REGISTRY_1998, lang, { today: TODAY }).plan);
}

/** `sources` imported into `master`, as written. */
function imported(master: WorkbookSnapshot, sources: readonly ConsolidationSource[], lang: 'en' | 'fr' = 'en') {
  const appending = appendToConsolidation(master, consolidatedTable(master)!, sources, SURVEY_1998, REGISTRY_1998, lang, TODAY + 7);
  return { appending, after: afterWriting(master, appending.plan) };
}

const responses = (book: WorkbookSnapshot) => book.sheets.find((s) => s.name === 'Responses')!;
/** The Responses table's rows as values, the header left out. */
const rowsOf = (book: WorkbookSnapshot) =>
  responses(book)
    .rows.slice(1)
    .map((row) => row.map((c) => (c === undefined ? null : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : c)));
const logOf = (book: WorkbookSnapshot) =>
  book.sheets
    .find((s) => s.name === 'Import Log')!
    .rows.slice(3)
    .map((row) => row.map((c) => (c?.kind === 'text' ? c.text : c?.kind === 'number' ? c.value : null)));

describe('the consolidated Responses table of a workbook', () => {
  it('is none without a table of that name', () => {
    expect(consolidatedTable(workbook(sheet('Notes', [['x']])))).toBeUndefined();
  });

  it('is the table an import made, beside its Import Log, with its header as read', () => {
    const table = consolidatedTable(consolidated([FILES.malta]))!;
    expect(table.sheet).toBe('Responses');
    expect(table.columns.slice(0, 5)).toEqual(['Member', 'Received', 'Contact', 'Source', 'F1 Greater public and media scrutiny']);
  });

  it('is never a Responses table of the user’s own: refused, saying what to do, in English and French', () => {
    const own = workbook(
      sheet(
        'Round 1',
        [
          ['Member', 'F1'],
          ['Malta', 'Yes'],
        ],
        [{ name: 'Responses', range: { top: 1, left: 1, bottom: 2, right: 2 }, hasHeaderRow: true, hasTotalsRow: false }],
      ),
    );
    const refusal = (() => {
      try {
        consolidatedTable(own);
      } catch (error) {
        return error as RequestError;
      }
    })()!;
    expect(refusal).toBeInstanceOf(RequestError);
    expect(refusal.problem).toEqual({ reason: 'responses-not-consolidated', sheet: 'Round 1' });
    expect(requestMessage(refusal, 'en')).toBe(
      'The Responses table on the sheet Round 1 was not made by an import: no submission is added to it. Import into a new workbook, or rename that table to import beside it.',
    );
    expect(requestMessage(refusal, 'fr')).toMatch(/^Le tableau Responses de la feuille Round 1 n’a pas été fait par une importation/);
  });
});

describe('importing into a consolidated workbook', () => {
  const master = consolidated([FILES.malta, FILES.japan, FILES.kenya]);

  it('appends the new files’ submissions under the rows there, and leaves those rows as they were', () => {
    const { appending, after } = imported(master, [FILES.peru, FILES.chile]);
    expect(appending.plan.appends!.map((a) => [a.sheet, a.table, a.rows.length])).toEqual([
      ['Responses', 'Responses', 2],
      ['Import Log', 'ImportLog', 2],
    ]);
    expect(appending.plan.appends![0].columns).toEqual(consolidatedTable(master)!.columns);
    expect(rowsOf(after).slice(0, 3)).toEqual(rowsOf(master));
    expect(rowsOf(after).map((row) => row[0])).toEqual(['Malta', 'Japan', 'Kenya', 'Peru', 'Chile']);
    expect(appending.submissions).toBe(2);
    // Nothing replaced: the Import Log's table gains lines as Responses gains rows, whoever's its sheet is now.
    expect(appending.plan.sheets).toEqual([]);
  });

  it('writes anew, its lines kept, an Import Log written before its lines were dated and fingerprinted', () => {
    const old: WorkbookSnapshot = {
      sheets: master.sheets.map((s) =>
        s.name !== 'Import Log'
          ? s
          : { ...s, rows: s.rows.map((row) => row.slice(0, 4)), tables: s.tables.map((t) => ({ ...t, range: { ...t.range, right: 4 } })) },
      ),
    };
    const { appending, after } = imported(old, [FILES.japan, FILES.peru]);
    expect(appending.plan.sheets.map((s) => s.name)).toEqual(['Import Log']);
    expect(appending.plan.appends!.map((a) => a.table)).toEqual(['Responses']);
    // Without its fingerprint, the file imported before cannot be known again: appended, for check to name twice.
    expect(logOf(after).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['malta.xlsx', 'read', null],
      ['japan.xlsx', 'read', null],
      ['kenya.xlsx', 'read', null],
      ['japan.xlsx', 'read', TODAY + 7],
      ['peru.xlsx', 'read', TODAY + 7],
    ]);
  });

  it('skips a file imported before (same name, same content), and says so; a file of the same name changed since is imported', () => {
    const corrected = file('japan.xlsx', returned('Japan', 2, 'Yes'));
    const { appending, after } = imported(master, [FILES.japan, corrected]);
    expect(appending.log.map((l) => [l.file, l.status, l.skipped])).toEqual([
      ['japan.xlsx', 'skipped', 'already-imported'],
      ['japan.xlsx', 'read', undefined],
    ]);
    expect(appending.log[0].reason).toMatch(/^Imported before: a file of this name with the same content/);
    // The changed file's submission is appended: check names both of Japan's rows for the analyst to decide.
    expect(rowsOf(after).map((row) => row[0])).toEqual(['Malta', 'Japan', 'Kenya', 'Japan']);
    expect(
      checkWorkbook(after, TODAY)
        .issues.filter((i) => i.code === 'duplicate-member')
        .map((i) => i.ref.cell),
    ).toEqual(['A5']);
  });

  it('keeps the Import Log’s lines, then the new files’, each dated', () => {
    const { after } = imported(master, [FILES.peru, FILES.japan]);
    const log = logOf(after);
    expect(log.map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ['malta.xlsx', 'read', 1, TODAY],
      ['japan.xlsx', 'read', 1, TODAY],
      ['kenya.xlsx', 'read', 1, TODAY],
      ['peru.xlsx', 'read', 1, TODAY + 7],
      ['japan.xlsx', 'skipped', 0, TODAY + 7],
    ]);
  });

  it('lists a file that cannot be read or holds no submission with its reason, and imports the rest', () => {
    const { appending, after } = imported(master, [
      { file: 'broken.xlsx', unreadable: 'damaged' },
      file('notes.xlsx', workbook(sheet('Notes', [['hello']]))),
      FILES.peru,
    ]);
    expect(appending.log.map((l) => l.status)).toEqual(['unreadable', 'no-submissions', 'read']);
    expect(rowsOf(after)).toHaveLength(4);
  });

  it('gathers a blank template returned, and says in the Import Log that it holds no answer', () => {
    const blank = file('chile.xlsx', workbook(sheet('Chile', [['WCO integrity survey submission'], ['Member', null, 'Chile'], ['F1', null, null]])));
    const { appending } = imported(master, [blank]);
    expect([appending.log[0].status, appending.submissions]).toEqual(['read', 1]);
    expect(appending.log[0].reason).toBe('Returned without any answer (a blank template): gathered, but not counted as a respondent; check names it.');
  });

  it('puts each answer under its question’s column, whatever the language the headers were written in', () => {
    const french = consolidated([FILES.malta], 'fr');
    const { after } = imported(french, [FILES.kenya]);
    const kenya = rowsOf(after)[1];
    expect([kenya[0], kenya[4], kenya[5]]).toEqual(['Kenya', 'Yes', 'No']);
  });

  it('leaves a corrected cell of the master as corrected, through a later import', () => {
    const { after: second } = imported(master, [FILES.peru, FILES.chile, FILES.japan]);
    // The analyst corrects Japan's F1 (row 3, column E) by hand.
    const corrected: WorkbookSnapshot = {
      sheets: second.sheets.map((s) =>
        s.name !== 'Responses' ? s : { ...s, rows: s.rows.map((row, r) => (r !== 2 ? row : row.map((c, i) => (i === 4 ? { kind: 'text', text: 'Yes' } : c)))) },
      ),
    };
    const { after: third } = imported(corrected, [FILES.france, FILES.kenya]);
    expect(rowsOf(third)[2][4]).toBe('Yes');
    expect(rowsOf(third).map((row) => row[0])).toEqual(['Malta', 'Japan', 'Kenya', 'Peru', 'Chile', 'France']);
    expect(logOf(third).map((row) => [row[0], row[1]])).toEqual([
      ...['malta', 'japan', 'kenya', 'peru', 'chile'].map((m) => [`${m}.xlsx`, 'read']),
      ['japan.xlsx', 'skipped'],
      ['france.xlsx', 'read'],
      ['kenya.xlsx', 'skipped'],
    ]);
  });

  it('checks and analyses as a master consolidated in one go from all the files', () => {
    const { after: second } = imported(master, [FILES.peru, FILES.japan, FILES.chile]);
    const { after: third } = imported(second, [FILES.france]);
    const once = consolidated(Object.values(FILES));
    const codes = (book: WorkbookSnapshot) => checkWorkbook(book, TODAY).issues.map((i) => [i.code, i.ref.cell]);
    expect(codes(third)).toEqual(codes(once));
    const results = (book: WorkbookSnapshot) =>
      analyseWorkbook(book, { settings: {}, defaultLanguage: 'en', today: TODAY }).analysis.results.map((r) => [r.item.id, r.answer, r.count, r.base]);
    expect(results(third)).toEqual(results(once));
  });

  it('gives the same rows, in arrival order, however the files are split into successive imports', () => {
    const files = Object.values(FILES);
    // Every way of cutting the six files, in arrival order, into successive imports (the first a new consolidation).
    for (let cuts = 0; cuts < 1 << (files.length - 1); cuts++) {
      const batches: ConsolidationSource[][] = [[files[0]]];
      files.slice(1).forEach((f, i) => (cuts & (1 << i) ? batches.push([f]) : batches[batches.length - 1].push(f)));
      const [first, ...rest] = batches;
      const book = rest.reduce((master, batch) => imported(master, batch).after, consolidated(first));
      expect([cuts, rowsOf(book)]).toEqual([cuts, rowsOf(consolidated(files))]);
    }
  });
});
