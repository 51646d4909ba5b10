import { contentFingerprint } from '../../../src/core/consolidate/fingerprint';
import { consolidate, skippedByName } from '../../../src/core/consolidate/consolidate';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { sheet, workbook } from '../../support/snapshot';
import { serialOfUtc } from '../../../src/core/workbook/serial';

const master = workbook(
  sheet('Responses', [
    ['Member', 'Received', 'F1'],
    ['Malta', { date: 35869 }, 'Yes'],
  ]),
);
const returned = workbook(sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japon'], ['F1', null, 'Non']]));

describe('consolidating submissions', () => {
  it('puts every submission in one Responses table, values as written, each with its source', () => {
    const result = consolidate(
      [
        { file: 'master.xlsx', workbook: master },
        { file: 'japan.xlsx', workbook: returned },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    const [responses] = result.plan.sheets;
    expect([responses.name, responses.role, responses.tables[0].name]).toEqual(['Responses', 'input', 'Responses']);
    const table = responses.tables[0];
    expect(table.columns.slice(0, 5)).toEqual(['Member', 'Received', 'Contact', 'Source', 'F1 Greater public and media scrutiny']);
    expect(table.rows.map((r) => r.slice(0, 5))).toEqual([
      ['Malta', 35869, null, 'master.xlsx › Responses!A2', 'Yes'],
      ['Japon', null, null, 'japan.xlsx › Japan!A1', 'Non'],
    ]);
  });

  it('accounts for every file, read or not', () => {
    const result = consolidate(
      [
        { file: 'a.xlsx', workbook: master },
        { file: 'b.xlsx', unreadable: 'damaged' },
        { file: 'c.xlsx', workbook: workbook(sheet('Notes', [['hello']])) },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'fr',
    );
    expect(result.log.map((l) => [l.file, l.status, l.submissions])).toEqual([
      ['a.xlsx', 'read', 1],
      ['b.xlsx', 'unreadable', 0],
      ['c.xlsx', 'no-submissions', 0],
    ]);
    expect(result.plan.sheets[1].tables[0].rows[1]).toEqual(['b.xlsx', 'illisible', 0, 'damaged', null, null]);
  });

  it('dates each line of the Import Log, and gives each file read what it said, by which a later import knows it', () => {
    const today = 46360;
    const result = consolidate(
      [
        { file: 'a.xlsx', workbook: master },
        { file: 'b.xlsx', unreadable: 'damaged' },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
      { today },
    );
    const log = result.plan.sheets[1].tables[0];
    expect(log.columns).toEqual(['File', 'Status', 'Submissions', 'Reason', 'Imported', 'Fingerprint']);
    expect(log.rows.map((row) => row.slice(4))).toEqual([
      [today, contentFingerprint(master)],
      [today, null],
    ]);
    expect(log.formats?.[4]).toBe('date');
  });

  it('writes each file’s status in the Import Log in the chosen language, never as a code', () => {
    const sources = [
      { file: 'a.xlsx', workbook: master },
      { file: 'b.xlsx', unreadable: 'damaged' },
      { file: 'c.xlsx', workbook: workbook(sheet('Notes', [['hello']])) },
    ];
    const statuses = (lang: 'en' | 'fr') => consolidate(sources, SURVEY_1998, REGISTRY_1998, lang).plan.sheets[1].tables[0].rows.map((r) => r[1]);
    expect(statuses('fr')).toEqual(['lu', 'illisible', 'aucune soumission']);
    expect(statuses('en')).toEqual(['read', 'unreadable', 'no submissions']);
  });

  it('orders the rows by date received, not by file name: of two submissions from one Member, the earlier comes first', () => {
    const japan = (received: number | null, answer: string, name = 'Japan') =>
      sheet(name, [
        ['WCO integrity survey submission'],
        ['Member', null, 'Japan'],
        ['Received', null, received === null ? null : { date: received }],
        ['F1', null, answer],
      ]);
    const result = consolidate(
      [
        // By name "japan (1).xlsx" sorts first, but it is the later submission, sent again.
        { file: 'japan (1).xlsx', workbook: workbook(japan(35874, 'No')) },
        { file: 'japan.xlsx', workbook: workbook(japan(35856, 'Yes')) },
        { file: 'b.xlsx', workbook: workbook(japan(null, 'No', 'Kenya'), japan(35870, 'Yes', 'Malta')) },
        {
          file: 'a.xlsx',
          workbook: workbook(
            sheet('Responses', [
              ['Member', 'Received', 'F1'],
              ['Germany', null, 'Yes'],
              ['France', { date: 35870 }, 'No'],
            ]),
          ),
        },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    expect(result.plan.sheets[0].tables[0].rows.map((r) => [r[1], r[3]])).toEqual([
      [35856, 'japan.xlsx › Japan!A1'],
      // Received the same day: by file name, then in the file's order.
      [35870, 'a.xlsx › Responses!A3'],
      [35870, 'b.xlsx › Malta!A1'],
      [35874, 'japan (1).xlsx › Japan!A1'],
      // Undated last: by file name, then sheet by sheet.
      [null, 'a.xlsx › Responses!A2'],
      [null, 'b.xlsx › Kenya!A1'],
    ]);
    expect(result.log.map((l) => l.file)).toEqual(['japan (1).xlsx', 'japan.xlsx', 'b.xlsx', 'a.xlsx']);
  });

  it('puts the rows gathered before (the workbook’s own) ahead of the files’ received the same day or undated, whatever their names', () => {
    const own = workbook(
      sheet('Responses', [
        ['Member', 'Received', 'F1'],
        ['Japan', null, 'Yes'],
        ['Malta', { date: 35870 }, 'Yes'],
      ]),
    );
    const again = workbook(
      sheet('Responses', [
        ['Member', 'Received', 'F1'],
        ['Japan', null, 'No'],
        ['Malta', { date: 35870 }, 'No'],
        ['Kenya', { date: 35860 }, 'No'],
      ]),
    );
    const result = consolidate(
      [
        { file: 'zz-master.xlsx', workbook: own, gatheredBefore: true },
        { file: 'again.xlsx', workbook: again },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    expect(result.plan.sheets[0].tables[0].rows.map((r) => r[3])).toEqual([
      'again.xlsx › Responses!A4',
      'zz-master.xlsx › Responses!A3',
      'again.xlsx › Responses!A3',
      'zz-master.xlsx › Responses!A2',
      'again.xlsx › Responses!A2',
    ]);
  });

  it('names its sheet apart when the workbook already has a Responses sheet, never editing it', () => {
    const result = consolidate([{ file: 'a.xlsx', workbook: master }], SURVEY_1998, REGISTRY_1998, 'en', { taken: ['Responses'] });
    expect(result.plan.sheets[0].name).toBe('Responses (consolidated)');
    expect(result.plan.sheets[0].tables[0].name).toBe('Responses');
  });

  it('numbers its sheet past the names taken, whatever their case', () => {
    const taken = ['RESPONSES', 'responses (consolidées)', 'Responses (Consolidées) 2'];
    const result = consolidate([{ file: 'a.xlsx', workbook: master }], SURVEY_1998, REGISTRY_1998, 'fr', { taken });
    expect(result.plan.sheets[0].name).toBe('Responses (consolidées) 3');
  });
});

describe('consolidate on paper', () => {
  it('prints the consolidated responses and the log with the day of the consolidation at their foot', () => {
    const result = consolidate(
      [
        {
          file: 'a.xlsx',
          workbook: workbook(
            sheet('Responses', [
              ['Member', 'F1'],
              ['Kenya', 'Yes'],
            ]),
          ),
        },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'fr',
      {
        today: serialOfUtc(2026, 12, 1),
      },
    );
    expect(result.plan.sheets.map((s) => s.page?.footer.center)).toEqual(['Consolidation du 1er décembre 2026', 'Consolidation du 1er décembre 2026']);
  });
});

describe('what is not gathered: files that are no returned submission', () => {
  const table = (name: string, bottom: number, right: number) => ({ name, range: { top: 1, left: 1, bottom, right }, hasHeaderRow: true, hasTotalsRow: false });
  const logTable = { ...table('ImportLog', 4, 4), range: { top: 3, left: 1, bottom: 4, right: 4 } };
  const responses = sheet(
    'Responses',
    [
      ['Member', 'Received', 'Contact', 'Source', 'F1 Greater public and media scrutiny'],
      ['Malta', { date: 35869 }, null, 'malta.xlsx › Malta!A1', 'Yes'],
    ],
    [table('Responses', 2, 5)],
  );
  const logRows = [['Submissions gathered, file by file'], [], ['File', 'Status', 'Submissions', 'Reason'], ['malta.xlsx', 'read', 1]];
  /** What consolidate wrote before: the consolidated Responses, and its Import Log, the add-in's own sheet. */
  const earlier = workbook(responses, { ...sheet('Import Log', logRows, [logTable]), owned: true });
  const rowsOf = (result: ReturnType<typeof consolidate>) => result.plan.sheets[0].tables[0].rows.map((r) => r[3]);
  /** File, Status, Submissions and Reason of each line of the Import Log. */
  const logOf = (result: ReturnType<typeof consolidate>) => result.plan.sheets[1].tables[0].rows.map((row) => row.slice(0, 4));

  it('does not gather a workbook consolidated earlier (its Import Log marks it): listed as skipped, with why and what to do', () => {
    const result = consolidate(
      [
        { file: 'master.xlsx', workbook: earlier },
        { file: 'japan.xlsx', workbook: returned },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    expect(rowsOf(result)).toEqual(['japan.xlsx › Japan!A1']);
    expect(result.log.map((l) => [l.file, l.status, l.submissions])).toEqual([
      ['master.xlsx', 'skipped', 0],
      ['japan.xlsx', 'read', 1],
    ]);
    expect(logOf(result)[0]).toEqual([
      'master.xlsx',
      'skipped',
      0,
      'A workbook consolidated earlier (it has an Import Log), not a returned submission: not gathered again, so that no submission counts twice. To gather its rows all the same, delete its Import Log sheet.',
    ]);
  });

  it('says so in French', () => {
    const result = consolidate(
      [
        { file: 'master.xlsx', workbook: earlier },
        { file: 'japan.xlsx', workbook: returned },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'fr',
    );
    expect(logOf(result)[0]).toEqual([
      'master.xlsx',
      'ignoré',
      0,
      'Classeur déjà consolidé (il a une feuille Import Log), pas une soumission renvoyée\u00a0: il n’est pas rassemblé de nouveau, pour qu’aucune soumission ne compte deux fois. Pour rassembler tout de même ses lignes, supprimez sa feuille Import Log.',
    ]);
  });

  it('knows an earlier consolidation by its ImportLog table on a renamed sheet, or by its own Import Log sheet without the table', () => {
    const renamed = workbook(responses, sheet('Log of March', logRows, [logTable]));
    const untabled = workbook(responses, { ...sheet('Import Log', logRows), owned: true });
    for (const earlierOne of [renamed, untabled]) {
      expect(consolidate([{ file: 'master.xlsx', workbook: earlierOne }], SURVEY_1998, REGISTRY_1998, 'en').log[0].status).toBe('skipped');
    }
  });

  it('reads a workbook whose sheet of the user’s happens to be named Import Log', () => {
    const yours = workbook(
      sheet('Responses', [
        ['Member', 'F1'],
        ['Kenya', 'Yes'],
      ]),
      sheet('Import Log', [['Files received by e-mail']]),
    );
    const result = consolidate([{ file: 'kenya.xlsx', workbook: yours }], SURVEY_1998, REGISTRY_1998, 'en');
    expect(result.log.map((l) => [l.status, l.submissions])).toEqual([['read', 1]]);
  });

  it('still carries the rows of the workbook imported into (gathered before), even where an earlier import wrote them', () => {
    const result = consolidate(
      [
        { file: 'This workbook', workbook: earlier, gatheredBefore: true },
        { file: 'japan.xlsx', workbook: returned },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    expect(rowsOf(result)).toEqual(['This workbook › Responses!A2', 'japan.xlsx › Japan!A1']);
  });

  it('lists what the host skipped without reading it (an Excel lock file, a folder, a file that is no workbook), each with why', () => {
    const result = consolidate(
      [
        { file: '~$japan.xlsx', skipped: 'lock-file' },
        { file: 'late', skipped: 'folder' },
        { file: 'letter.pdf', skipped: 'not-a-workbook' },
        { file: 'japan.xlsx', workbook: returned },
      ],
      SURVEY_1998,
      REGISTRY_1998,
      'en',
    );
    expect(result.submissions).toBe(1);
    expect(logOf(result).slice(0, 3)).toEqual([
      [
        '~$japan.xlsx',
        'skipped',
        0,
        'Excel’s lock file (~$), left beside a workbook while it is open: not a workbook. If a returned file is open in Excel, save and close it, then gather again.',
      ],
      ['late', 'skipped', 0, 'A folder inside the folder given: its files are not gathered. To gather them too, give this folder as well.'],
      [
        'letter.pdf',
        'skipped',
        0,
        'Not an Excel workbook (.xlsx or .xlsm). If it is a returned submission, open it in Excel and save it as “Excel Workbook (.xlsx)”.',
      ],
    ]);
    expect(consolidate([{ file: 'late', skipped: 'folder' }], SURVEY_1998, REGISTRY_1998, 'fr').plan.sheets[1].tables[0].rows[0].slice(0, 4)).toEqual([
      'late',
      'ignoré',
      0,
      'Dossier à l’intérieur du dossier donné\u00a0: ses fichiers ne sont pas rassemblés. Pour les rassembler aussi, donnez aussi ce dossier.',
    ]);
  });

  it('knows Excel’s lock files by their name (~$), before reading them', () => {
    // Excel names the lock file of a long name after its end: "~$bmission-MYS-en.xlsx" for "submission-MYS-en.xlsx".
    expect(['~$japan.xlsx', '~$bmission-MYS-en.xlsx', 'japan.xlsx', 'a~$b.xlsx'].map((name) => skippedByName(name))).toEqual([
      'lock-file',
      'lock-file',
      undefined,
      undefined,
    ]);
  });
});
