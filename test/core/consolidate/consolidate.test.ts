import { consolidate } from '../../../src/core/consolidate/consolidate';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { sheet, workbook } from '../../support/snapshot';
import { serialOfUtc } from '../../../src/core/workbook/serial';

const master = workbook(sheet('Responses', [['Member', 'Received', 'F1'], ['Malta', { date: 35869 }, 'Yes']]));
const returned = workbook(sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japon'], ['F1', null, 'Non']]));

describe('consolidating submissions', () => {
  it('puts every submission in one Responses table, values as written, each with its source', () => {
    const result = consolidate([{ file: 'master.xlsx', workbook: master }, { file: 'japan.xlsx', workbook: returned }], SURVEY_1998, REGISTRY_1998, 'en');
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
      [{ file: 'a.xlsx', workbook: master }, { file: 'b.xlsx', unreadable: 'damaged' }, { file: 'c.xlsx', workbook: workbook(sheet('Notes', [['hello']])) }],
      SURVEY_1998,
      REGISTRY_1998,
      'fr',
    );
    expect(result.log.map((l) => [l.file, l.status, l.submissions])).toEqual([
      ['a.xlsx', 'read', 1],
      ['b.xlsx', 'unreadable', 0],
      ['c.xlsx', 'no-submissions', 0],
    ]);
    expect(result.plan.sheets[1].tables[0].rows[1]).toEqual(['b.xlsx', 'illisible', 0, 'damaged']);
  });

  it('writes each file’s status in the Import Log in the chosen language, never as a code', () => {
    const sources = [{ file: 'a.xlsx', workbook: master }, { file: 'b.xlsx', unreadable: 'damaged' }, { file: 'c.xlsx', workbook: workbook(sheet('Notes', [['hello']])) }];
    const statuses = (lang: 'en' | 'fr') => consolidate(sources, SURVEY_1998, REGISTRY_1998, lang).plan.sheets[1].tables[0].rows.map((r) => r[1]);
    expect(statuses('fr')).toEqual(['lu', 'illisible', 'aucune soumission']);
    expect(statuses('en')).toEqual(['read', 'unreadable', 'no submissions']);
  });

  it('orders the rows by date received, not by file name: of two submissions from one Member, the earlier comes first', () => {
    const japan = (received: number | null, answer: string, name = 'Japan') =>
      sheet(name, [['WCO integrity survey submission'], ['Member', null, 'Japan'], ['Received', null, received === null ? null : { date: received }], ['F1', null, answer]]);
    const result = consolidate(
      [
        // By name "japan (1).xlsx" sorts first, but it is the later submission, sent again.
        { file: 'japan (1).xlsx', workbook: workbook(japan(35874, 'No')) },
        { file: 'japan.xlsx', workbook: workbook(japan(35856, 'Yes')) },
        { file: 'b.xlsx', workbook: workbook(japan(null, 'No', 'Kenya'), japan(35870, 'Yes', 'Malta')) },
        { file: 'a.xlsx', workbook: workbook(sheet('Responses', [['Member', 'Received', 'F1'], ['Germany', null, 'Yes'], ['France', { date: 35870 }, 'No']])) },
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
    const own = workbook(sheet('Responses', [['Member', 'Received', 'F1'], ['Japan', null, 'Yes'], ['Malta', { date: 35870 }, 'Yes']]));
    const again = workbook(sheet('Responses', [['Member', 'Received', 'F1'], ['Japan', null, 'No'], ['Malta', { date: 35870 }, 'No'], ['Kenya', { date: 35860 }, 'No']]));
    const result = consolidate(
      [{ file: 'zz-master.xlsx', workbook: own, gatheredBefore: true }, { file: 'again.xlsx', workbook: again }],
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
});

describe('consolidate on paper', () => {
  it('prints the consolidated responses and the log with the day of the consolidation at their foot', () => {
    const result = consolidate([{ file: 'a.xlsx', workbook: workbook(sheet('Responses', [['Member', 'F1'], ['Kenya', 'Yes']])) }], SURVEY_1998, REGISTRY_1998, 'fr', {
      today: serialOfUtc(2026, 12, 1),
    });
    expect(result.plan.sheets.map((s) => s.page?.footer.center)).toEqual(['Consolidation du 1er décembre 2026', 'Consolidation du 1er décembre 2026']);
  });
});
