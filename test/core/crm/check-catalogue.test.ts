import { issueRow } from '../../../src/core/check/issue-row';
import { checkIndicators } from '../../../src/core/crm/check-indicators';
import { readIndicators } from '../../../src/core/crm/read-indicators';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const HEADER = ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'];
const check = (sheets: SheetSnapshot[], lang: Language = 'en') =>
  checkIndicators(readIndicators(workbook(...sheets), REGISTRY_1998)).map((i) => issueRow(i, lang));
const crm = (rows: Plain[][]) => sheet('CRM Indicators', [HEADER, ...rows]);
const codes = (rows: ReturnType<typeof check>) => rows.map((r) => [r.severity, r.code, r.cell, r.member]);

describe('checking the Indicator Catalogue sheet', () => {
  const catalogue = (rows: Plain[][], header: Plain[] = ['ID', 'Label', 'Unit', 'Direction']) => sheet('Indicator Catalogue', [header, ...rows]);

  it('finds nothing wrong with new and overriding rows', () => {
    expect(
      check([
        catalogue([
          ['SEIZURES', 'Cash seizures', 'USD million', 'higher'],
          ['REV-YIELD', null, 'millions USD', null],
        ]),
      ]),
    ).toEqual([]);
  });

  it('reports a missing ID column', () => {
    expect(codes(check([catalogue([['x']], ['Label'])]))).toEqual([['error', 'missing-column', 'A1', '']]);
  });

  it('reports a direction that is not one', () => {
    const rows = check([catalogue([['SEIZURES', 'Cash seizures', 'count', 'sideways']])]);
    expect(codes(rows)).toEqual([['error', 'invalid-direction', 'D2', '']]);
    expect(rows[0].message).toBe('“sideways” is not a direction. Enter higher (a higher value is better) or lower (a lower value is better).');
    expect(check([catalogue([['SEIZURES', 'Saisies', 'nombre', 'de côté']])], 'fr')[0].message).toBe(
      '« de côté » n’est pas un sens. Indiquez hausse (une valeur plus élevée est meilleure) ou baisse (une valeur plus basse est meilleure).',
    );
  });

  it('reports a new indicator without a direction, at its Direction cell or else its ID', () => {
    expect(codes(check([catalogue([['SEIZURES', 'Cash seizures', 'count', null]])]))).toEqual([['error', 'invalid-direction', 'D2', '']]);
    const rows = check([catalogue([['SEIZURES', 'Cash seizures']], ['ID', 'Label'])]);
    expect(codes(rows)).toEqual([['error', 'invalid-direction', 'A2', '']]);
    expect(rows[0].message).toBe('A new indicator needs a direction. Enter higher (a higher value is better) or lower (a lower value is better).');
  });

  it('reports an ID defined twice, naming the first', () => {
    const rows = check([
      catalogue([
        ['SEIZURES', 'Cash', 'count', 'higher'],
        ['seizures', 'Cash', 'count', 'higher'],
      ]),
    ]);
    expect(codes(rows)).toEqual([['error', 'duplicate-indicator-id', 'A3', '']]);
    expect(rows[0].message).toBe("Indicator seizures is already defined at 'Indicator Catalogue'!A2. Keep one row per ID: only the first is used.");
  });

  it('reports a row without an ID', () => {
    const rows = check([catalogue([[null, 'Cash seizures', 'count', 'higher']])]);
    expect(codes(rows)).toEqual([['error', 'blank-indicator-id', 'A2', '']]);
    expect(rows[0].message).toBe('This catalogue row has no ID and is not used. Enter a short ID (for example SEIZURES), or clear the row.');
  });

  it('reports Excel error values', () => {
    const rows = check([
      catalogue([
        [{ error: '#N/A' }, 'x', 'count', 'higher'],
        ['NEW', { error: '#REF!' }, 'count', { error: '#VALUE!' }],
      ]),
    ]);
    expect(rows.map((r) => [r.code, r.cell])).toEqual([
      ['error-value', 'A2'],
      ['error-value', 'B3'],
      ['error-value', 'D3'],
    ]);
  });

  it('reports the catalogue before the indicators', () => {
    const rows = check([crm([['Malta', 'NOPE', null, null, 1, null, 2]]), catalogue([['X1', 'x', 'count', 'up-ish']])]);
    expect(rows.map((r) => [r.sheet, r.code])).toEqual([
      ['Indicator Catalogue', 'invalid-direction'],
      ['CRM Indicators', 'unknown-indicator'],
    ]);
  });
});
