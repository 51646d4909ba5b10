import { evaluateIndicators } from '../../../src/core/crm/evaluate';
import { readIndicators } from '../../../src/core/crm/read-indicators';
import { REGISTRY_1998 } from '../../../src/core/members';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const HEADER = ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'];
const evaluate = (sheets: SheetSnapshot[], tolerance?: number) =>
  evaluateIndicators(readIndicators(workbook(...sheets), REGISTRY_1998), tolerance === undefined ? {} : { tolerance });
const crm = (rows: Plain[][], header: Plain[] = HEADER) => sheet('CRM Indicators', [header, ...rows]);

/** Malta: two improved, one declined, one unchanged, one not measured; Japan: one improved; one row in error. */
const SHEET = crm([
  ['Malta', 'REV-YIELD', 'Implementation', '1997', 100, '1999', 120],
  ['Malta', 'CLEARANCE-TIME', 'Diagnosis and Planning', '1997', 48, '1999', 36],
  ['Malta', 'COMPLAINTS', 'Evaluation', '1997', 10, '1999', 12],
  ['Malta', 'OFFENCES', null, '1997', 50, '1999', 50.4],
  ['Malta', 'DETECTIONS', 'Implementation', '1997', 5, null, null],
  ['Japon', 'E-DECLARATIONS', null, null, null, null, null],
  ['Japan', 'COMPLIANCE', 'Entry', '1997', '80%', '1999', 0.85],
  ["Côte d'Ivoire", 'REV-YIELD', null, '1997', 'n/a', '1999', 50],
]);

describe('evaluating the CRM indicators', () => {
  const result = evaluate([SHEET]);
  const row = (member: string, indicator: string) => result.measurements.find((m) => m.member.code === member && m.indicator.id === indicator);

  it('gives each Member and indicator its baseline, follow-up, change and status, with periods and stage', () => {
    expect(row('MLT', 'REV-YIELD')).toMatchObject({
      ref: { sheet: 'CRM Indicators', cell: 'A2' },
      stage: 'implementation',
      baselinePeriod: '1997',
      baseline: 100,
      followUpPeriod: '1999',
      followUp: 120,
      change: 20,
      relativeChange: 0.2,
      status: 'improved',
    });
    expect(row('MLT', 'CLEARANCE-TIME')).toMatchObject({ change: -12, relativeChange: -0.25, status: 'improved' });
    expect(row('MLT', 'COMPLAINTS')).toMatchObject({ change: 2, relativeChange: 0.2, status: 'declined' });
    expect(row('MLT', 'OFFENCES')).toMatchObject({ status: 'unchanged' });
    expect(row('JPN', 'COMPLIANCE')).toMatchObject({ baseline: 0.8, followUp: 0.85, status: 'improved' });
  });

  it('keeps a blank baseline or follow-up as not measured, with no change', () => {
    const detections = row('MLT', 'DETECTIONS');
    expect(detections).toMatchObject({ baseline: 5, status: 'not-measured' });
    expect(detections?.followUp).toBeUndefined();
    expect(detections?.change).toBeUndefined();
    expect(row('JPN', 'E-DECLARATIONS')).toMatchObject({ status: 'not-measured' });
  });

  it('leaves out rows with an error, and says how many', () => {
    expect(result.leftOut).toBe(1);
    expect(result.measurements.some((m) => m.member.code === 'CIV')).toBe(false);
  });

  it('orders Members by name and indicators in catalogue order', () => {
    expect(result.measurements.map((m) => `${m.member.code} ${m.indicator.id}`)).toEqual([
      'JPN COMPLIANCE',
      'JPN E-DECLARATIONS',
      'MLT REV-YIELD',
      'MLT DETECTIONS',
      'MLT OFFENCES',
      'MLT CLEARANCE-TIME',
      'MLT COMPLAINTS',
    ]);
  });

  it('tallies each Member, with its share of measured indicators improved', () => {
    expect(result.members.map(({ member, stages: _stages, ...tally }) => [member.code, tally])).toEqual([
      ['JPN', { measured: 1, improved: 1, declined: 0, unchanged: 0, notMeasured: 1, shareImproved: 1, stage: 'entry' }],
      ['MLT', { measured: 4, improved: 2, declined: 1, unchanged: 1, notMeasured: 1, shareImproved: 0.5, stage: 'evaluation' }],
    ]);
  });

  it('takes a Member’s stage as the furthest its rows give, and lists them all when they disagree', () => {
    const malta = result.members.find((m) => m.member.code === 'MLT');
    expect(malta?.stages).toEqual(['diagnosis-and-planning', 'implementation', 'evaluation']);
    expect(malta?.stage).toBe('evaluation');
  });

  it('gives no share improved, and no stage, to a Member with nothing measured and no stage', () => {
    const [peru] = evaluate([crm([['Peru', 'REV-YIELD', null, null, 100, null, null]])]).members;
    expect(peru).toMatchObject({ measured: 0, notMeasured: 1, stages: [] });
    expect(peru.shareImproved).toBeUndefined();
    expect(peru.stage).toBeUndefined();
  });

  it('tallies each indicator over the Members, in catalogue order', () => {
    expect(result.indicators.map(({ indicator, ...tally }) => [indicator.id, tally])).toEqual([
      ['COMPLIANCE', { measured: 1, improved: 1, declined: 0, unchanged: 0, notMeasured: 0 }],
      ['REV-YIELD', { measured: 1, improved: 1, declined: 0, unchanged: 0, notMeasured: 0 }],
      ['DETECTIONS', { measured: 0, improved: 0, declined: 0, unchanged: 0, notMeasured: 1 }],
      ['OFFENCES', { measured: 1, improved: 0, declined: 0, unchanged: 1, notMeasured: 0 }],
      ['CLEARANCE-TIME', { measured: 1, improved: 1, declined: 0, unchanged: 0, notMeasured: 0 }],
      ['E-DECLARATIONS', { measured: 0, improved: 0, declined: 0, unchanged: 0, notMeasured: 1 }],
      ['COMPLAINTS', { measured: 1, improved: 0, declined: 1, unchanged: 0, notMeasured: 0 }],
    ]);
  });

  it('applies the tolerance it is given', () => {
    const strict = evaluate([SHEET], 0);
    expect(strict.tolerance).toBe(0);
    expect(strict.measurements.find((m) => m.indicator.id === 'OFFENCES')?.status).toBe('declined');
    expect(result.tolerance).toBe(0.01);
    expect(() => evaluate([SHEET], -0.1)).toThrow(RangeError);
  });

  it('orders Members by name whatever the accents', () => {
    const members = evaluate([
      crm([
        ['Japan', 'REV-YIELD', null, null, 1, null, 2],
        ["Côte d'Ivoire", 'REV-YIELD', null, null, 1, null, 2],
        ['Canada', 'REV-YIELD', null, null, 1, null, 2],
      ]),
    ]).members.map((m) => m.member.code);
    expect(members).toEqual(['CAN', 'CIV', 'JPN']);
  });

  it('evaluates the first of two rows for the same Member and indicator, and leaves out the second', () => {
    const twice = evaluate([
      crm([
        ['Malta', 'REV-YIELD', null, null, 100, null, 120],
        ['MLT', 'REV-YIELD', null, null, 100, null, 50],
      ]),
    ]);
    expect(twice.measurements.map((m) => [m.ref.cell, m.status])).toEqual([['A2', 'improved']]);
    expect(twice.leftOut).toBe(1);
  });

  it('keeps rows whose problems are only warnings', () => {
    const warned = evaluate([crm([['Malta', 'COMPLIANCE', 'Stage 9', null, 80, null, 85]])]);
    expect(warned.measurements).toMatchObject([{ baseline: 80, followUp: 85, status: 'improved' }]);
    expect(warned.measurements[0].stage).toBeUndefined();
  });

  it('leaves out every row when the sheet has no Member column', () => {
    const headless = evaluate([crm([['REV-YIELD', 1, 2]], ['Indicator', 'Baseline', 'Follow-up'])]);
    expect(headless.measurements).toEqual([]);
    expect(headless.leftOut).toBe(1);
  });

  it('evaluates an indicator of the catalogue sheet by the direction given there', () => {
    const extended = evaluate([
      sheet('Indicator Catalogue', [
        ['ID', 'Label', 'Direction'],
        ['SEIZURES', 'Cash seizures', 'lower'],
        ['REV-YIELD', null, 'lower'],
      ]),
      crm([
        ['Malta', 'SEIZURES', null, null, 10, null, 5],
        ['Malta', 'REV-YIELD', null, null, 100, null, 120],
      ]),
    ]);
    expect(extended.measurements.map((m) => [m.indicator.id, m.status])).toEqual([
      ['REV-YIELD', 'declined'],
      ['SEIZURES', 'improved'],
    ]);
  });

  it('is empty, with nothing left out, when there is no CRM data', () => {
    expect(evaluate([sheet('Responses', [['Member']])])).toEqual({
      tolerance: 0.01,
      measurements: [],
      members: [],
      indicators: [],
      leftOut: 0,
    });
  });
});
