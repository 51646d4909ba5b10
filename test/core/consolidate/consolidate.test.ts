import { consolidate } from '../../../src/core/consolidate/consolidate';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { sheet, workbook } from '../../support/snapshot';

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
    expect(result.plan.sheets[1].tables[0].rows[1]).toEqual(['b.xlsx', 'unreadable', 0, 'damaged']);
  });

  it('names its sheet apart when the workbook already has a Responses sheet, never editing it', () => {
    const result = consolidate([{ file: 'a.xlsx', workbook: master }], SURVEY_1998, REGISTRY_1998, 'en', ['Responses']);
    expect(result.plan.sheets[0].name).toBe('Responses (consolidated)');
    expect(result.plan.sheets[0].tables[0].name).toBe('Responses');
  });
});
