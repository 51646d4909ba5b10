import { readIndicators } from '../../../src/core/crm/read-indicators';
import { REGISTRY_1998 } from '../../../src/core/members';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const HEADER = ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'];
const read = (...sheets: SheetSnapshot[]) => readIndicators(workbook(...sheets), REGISTRY_1998);
const crm = (rows: Plain[][], header: Plain[] = HEADER) => read(sheet('CRM Indicators', [header, ...rows]));
const rowsOf = (result: ReturnType<typeof read>) => result.indicatorsSheet?.rows ?? [];
const values = (result: ReturnType<typeof read>) =>
  rowsOf(result).map((r) => [
    r.baseline?.parsed.kind === 'number' ? r.baseline.parsed.value : r.baseline?.parsed.kind,
    r.followUp?.parsed.kind === 'number' ? r.followUp.parsed.value : r.followUp?.parsed.kind,
  ]);

describe('reading the CRM Indicators sheet', () => {
  it('reads one row per Member and indicator, each value with its sheet and cell', () => {
    const result = crm([['Malaysia', 'CLEARANCE-TIME', 'Implementation', '1997', 48, '1999', 36]]);
    const [row] = rowsOf(result);
    expect(row.ref).toEqual({ sheet: 'CRM Indicators', cell: 'A2' });
    expect(row.member).toMatchObject({ kind: 'named', ref: { cell: 'A2' }, parsed: { kind: 'found', member: { code: 'MYS' } } });
    expect(row.indicator).toMatchObject({
      kind: 'named',
      ref: { cell: 'B2' },
      parsed: { kind: 'found', indicator: { id: 'CLEARANCE-TIME' } },
    });
    expect(row.stage).toMatchObject({ ref: { cell: 'C2' }, parsed: { kind: 'stage', stage: 'implementation' } });
    expect(row.baselinePeriod).toMatchObject({ ref: { cell: 'D2' }, parsed: '1997' });
    expect(row.baseline).toMatchObject({ ref: { cell: 'E2' }, parsed: { kind: 'number', value: 48 } });
    expect(row.followUpPeriod).toMatchObject({ ref: { cell: 'F2' }, parsed: '1999' });
    expect(row.followUp).toMatchObject({ ref: { cell: 'G2' }, parsed: { kind: 'number', value: 36 } });
  });

  it.each([
    [['Membre', 'Indicateur', 'Étape', 'Période de référence', 'Référence', 'Période de suivi', 'Suivi']],
    [['MEMBER', 'indicator', 'stage', 'BASELINE PERIOD', 'baseline', 'follow up period', 'FOLLOW-UP']],
    [['membre ', ' INDICATEUR', 'etape', 'periode de reference', 'reference', 'Période de suivi', 'suivi']],
    [['Member', 'Indicator ID', 'CRM stage', 'Baseline year', 'Baseline value', 'Follow-up year', 'Follow-up value']],
  ])('knows its columns by English or French headers, leniently: %p', (header) => {
    const [row] = rowsOf(crm([['Maroc', 'REV-YIELD', 'Entrée', '1997', 100, '1999', 120]], header));
    expect(row.member?.kind === 'named' && row.member.parsed).toMatchObject({ member: { code: 'MAR' } });
    expect(row.stage?.parsed).toEqual({ kind: 'stage', stage: 'entry' });
    expect([row.baselinePeriod?.parsed, row.followUpPeriod?.parsed]).toEqual(['1997', '1999']);
    expect(values(crm([['Maroc', 'REV-YIELD', null, null, 100, null, 120]], header))).toEqual([[100, 120]]);
  });

  it('reads columns in any order, and keeps columns it does not know out of the reading', () => {
    const result = crm([[120, 'Notes…', 100, 'REV-YIELD', 'Malta']], ['Follow-up', 'Comment', 'Baseline', 'Indicator', 'Member']);
    expect(values(result)).toEqual([[100, 120]]);
    expect(result.indicatorsSheet?.source.notes).toEqual([]);
  });

  it('takes the header from the first non-empty row and skips blank rows and footnotes', () => {
    const result = read(
      sheet('CRM Indicators', [
        [],
        HEADER,
        ['Malta', 'REV-YIELD', null, null, 1, null, 2],
        [],
        ['Japan', 'OFFENCES'],
        [null, null, null, null, null, null, null, 'Source: annual reports'],
      ]),
    );
    expect(rowsOf(result).map((r) => r.ref.cell)).toEqual(['A3', 'A5']);
  });

  it('prefers a table named CRMIndicators, on any sheet, without its totals row', () => {
    const data = sheet(
      'Data',
      [['CRM figures'], [null, ...HEADER], [null, 'Peru', 'DETECTIONS', null, null, 10, null, 14], [null, 'Total', null, null, null, 10, null, 14]],
      [{ name: 'crmindicators', range: { top: 2, left: 2, bottom: 4, right: 8 }, hasHeaderRow: true, hasTotalsRow: true }],
    );
    const other = sheet('CRM Indicators', [HEADER, ['Japan', 'OFFENCES', null, null, 1, null, 2]]);
    const result = read(other, data);
    expect(result.indicatorsSheet?.source.sheet).toBe('Data');
    expect(rowsOf(result).map((r) => [r.ref.cell, r.baseline?.ref.cell])).toEqual([['B3', 'F3']]);
  });

  it('finds the sheet whatever its case or spacing', () => {
    expect(read(sheet('crm  indicators', [HEADER])).indicatorsSheet?.source.sheet).toBe('crm  indicators');
  });

  it('has no CRM data, and no complaint, when there is no such sheet or table', () => {
    const result = read(sheet('Responses', [['Member'], ['Malta']]));
    expect(result.indicatorsSheet).toBeUndefined();
    expect(result.catalogueSheet).toBeUndefined();
    expect(result.catalogue.indicators.length).toBeGreaterThan(10);
  });

  it('keeps a blank baseline or follow-up as not measured, never as 0', () => {
    const [row] = rowsOf(crm([['Malta', 'REV-YIELD', null, '1997', null, '1999', 0]]));
    expect(row.baseline).toBeUndefined();
    expect(row.followUp?.parsed).toEqual({ kind: 'number', value: 0, written: 'number' });
  });

  it('reads number cells and numbers written the English or the French way', () => {
    const result = crm([
      ['Malta', 'REV-YIELD', null, null, 1234.5, null, '1 234,5'],
      ['Japan', 'REV-YIELD', null, null, '1,234.5', null, '1234,5'],
      ['Peru', 'REV-YIELD', null, null, '−12', null, '+3'],
    ]);
    expect(values(result)).toEqual([
      [1234.5, 1234.5],
      [1234.5, 1234.5],
      [-12, 3],
    ]);
  });

  it('reads a percentage as a fraction: 85% and 0.85 alike', () => {
    const result = crm([
      ['Malta', 'COMPLIANCE', null, null, '85%', null, 0.9],
      ['Japan', 'E-DECLARATIONS', null, null, '12,5 %', null, '0,4'],
    ]);
    expect(values(result)).toEqual([
      [0.85, 0.9],
      [0.125, 0.4],
    ]);
  });

  it('keeps what it cannot read for the checks to report', () => {
    const result = crm([['Atlantis', 'SEIZURES', 'Stage 9', null, 'n/a', null, '1,234']]);
    const [row] = rowsOf(result);
    expect(row.member).toMatchObject({ kind: 'named', parsed: { kind: 'unknown' } });
    expect(row.indicator).toMatchObject({ kind: 'named', parsed: { kind: 'unknown' } });
    expect(row.stage?.parsed).toEqual({ kind: 'unknown' });
    expect(values(result)).toEqual([['invalid', 'ambiguous']]);
  });

  it('notes the required columns it did not find, and reads the rest', () => {
    const result = crm([['Malta', 'REV-YIELD', 1]], ['Member', 'Indicator', 'Follow-up']);
    expect(result.indicatorsSheet?.source.notes).toEqual([
      {
        kind: 'missing',
        ref: { sheet: 'CRM Indicators', cell: 'A1' },
        field: 'baseline',
        header: { en: 'Baseline', fr: 'Référence' },
      },
    ]);
    expect(values(result)).toEqual([[undefined, 1]]);
  });

  it('reads the first of two columns for the same thing, and notes the second', () => {
    const result = crm([['Malta', 'REV-YIELD', 1, 2, 3]], ['Member', 'Indicator', 'Baseline', 'Follow-up', 'Suivi']);
    expect(values(result)).toEqual([[1, 2]]);
    expect(result.indicatorsSheet?.source.notes).toEqual([
      {
        kind: 'duplicate',
        ref: { sheet: 'CRM Indicators', cell: 'E1' },
        header: 'Suivi',
        first: { sheet: 'CRM Indicators', cell: 'D1' },
      },
    ]);
  });
});
