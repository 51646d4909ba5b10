import { analyseWorkbook } from '../../src/core';
import { otherRoundSheets, roundOfSheet } from '../../src/core/workflows/second-round';
import { serialOfUtc } from '../../src/core/workbook/serial';
import { sheet, workbook } from '../support/snapshot';

const today = serialOfUtc(2026, 11, 26);
const thisRound = sheet('Responses', [
  ['Member', 'F1'],
  ['France', 'Yes'],
  ['Germany', 'Yes'],
]);
const lastRound = sheet('Round 1997', [
  ['Member', 'F1'],
  ['France', 'No'],
  ['Germany', 'Yes'],
]);
const crm = sheet('CRM Indicators', [
  ['Member', 'Indicator', 'Baseline', 'Follow-up'],
  ['France', 'REV-YIELD', 1, 2],
]);
const notes = sheet('Notes', [['Remember to ask Japan']]);
const submission = sheet('Japan', [['WCO integrity survey submission'], ['Member', null, 'Japan'], ['F1', 'Label', 'Yes']]);

describe('a second round on another sheet of the workbook', () => {
  it('offers the user’s sheets that read as responses, not this round, CRM data, notes or submission sheets', () => {
    const owned = {
      ...sheet('Summary', [
        ['Member', 'F1'],
        ['France', 'Yes'],
      ]),
      owned: true,
    };
    expect(otherRoundSheets(workbook(thisRound, lastRound, crm, notes, submission, owned))).toEqual(['Round 1997']);
  });

  it('is that sheet alone, read as Responses from its header row', () => {
    const round = roundOfSheet(workbook(thisRound, lastRound), 'Round 1997');
    expect(round.sheets.map((s) => s.name)).toEqual(['Responses']);
    expect(round.sheets[0].rows).toBe(lastRound.rows);
  });

  it('reads the sheet’s one table as the responses, whatever lies above it', () => {
    const titled = sheet(
      'Round 1997',
      [['Survey of 1997'], [], ['Member', 'F1'], ['France', 'No'], ['Germany', 'Yes']],
      [{ name: 'Round1997', range: { top: 3, left: 1, bottom: 5, right: 2 }, hasHeaderRow: true, hasTotalsRow: false }],
    );
    const all = workbook(thisRound, titled);
    expect(otherRoundSheets(all)).toEqual(['Round 1997']);
    expect(roundOfSheet(all, 'Round 1997').sheets[0].tables).toEqual([{ ...titled.tables[0], name: 'Responses' }]);
  });

  it('is compared with this round answer by answer', () => {
    // Five respondents a round: enough for the small-base rule to show both percents.
    const five = ['France', 'Germany', 'Italy', 'Spain', 'Malta'];
    const now = sheet('Responses', [['Member', 'F1'], ...five.map((m) => [m, 'Yes'])]);
    const before = sheet('Round 1997', [['Member', 'F1'], ...five.map((m, i) => [m, i < 2 ? 'No' : 'Yes'])]);
    const all = workbook(now, before);
    const { plan } = analyseWorkbook(all, {
      settings: {},
      defaultLanguage: 'en',
      today,
      otherRound: { name: 'Round 1997', workbook: roundOfSheet(all, 'Round 1997') },
    });
    const table = plan.sheets.find((s) => s.name === 'Comparison')!.tables.find((t) => t.name === 'RoundComparison')!;
    const f1 = table.rows.find((r) => r[1] === 'F1')!;
    expect(f1.slice(4, 7)).toEqual([1, 0.6, 40]);
  });

  it('cannot be a sheet the workbook lacks', () => {
    expect(() => roundOfSheet(workbook(thisRound), 'Round 1997')).toThrow('no-responses');
  });
});
