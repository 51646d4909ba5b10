import { readIndicators } from '../../../src/core/crm/read-indicators';
import { REGISTRY_1998 } from '../../../src/core/members';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const HEADER = ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'];
const read = (...sheets: SheetSnapshot[]) => readIndicators(workbook(...sheets), REGISTRY_1998);
const rowsOf = (result: ReturnType<typeof read>) => result.indicatorsSheet?.rows ?? [];

describe('reading the Indicator Catalogue sheet', () => {
  const catalogue = (rows: Plain[][], header: Plain[] = ['ID', 'Label (en)', 'Label (fr)', 'Unit', 'Direction']) =>
    sheet('Indicator Catalogue', [header, ...rows]);
  const find = (result: ReturnType<typeof read>, id: string) => result.catalogue.indicators.find((i) => i.id === id);

  it('extends the built-in catalogue with new indicators, after the built-in ones', () => {
    const result = read(catalogue([['SEIZURES', 'Cash seizures', 'Saisies d’espèces', 'USD million', 'higher']]));
    const ids = result.catalogue.indicators.map((i) => i.id);
    expect(ids[ids.length - 1]).toBe('SEIZURES');
    expect(find(result, 'SEIZURES')).toEqual({
      id: 'SEIZURES',
      label: { en: 'Cash seizures', fr: 'Saisies d’espèces' },
      unit: { key: 'USD million', label: { en: 'USD million', fr: 'millions USD' } },
      direction: 'higher',
      source: "'Indicator Catalogue'!A2",
      definedAt: { sheet: 'Indicator Catalogue', cell: 'A2' },
    });
  });

  it('overrides what a row fills in for a built-in indicator, in its place, and keeps the rest', () => {
    const result = read(catalogue([['clearance time', null, null, 'days', null]]));
    expect(result.catalogue.indicators.map((i) => i.id).indexOf('CLEARANCE-TIME')).toBe(6);
    expect(find(result, 'CLEARANCE-TIME')).toMatchObject({
      label: { en: 'Average clearance time', fr: 'Délai moyen de dédouanement' },
      unit: { key: 'days' },
      direction: 'lower',
      source: expect.stringMatching(/^CRM policy ¶44/),
      definedAt: { cell: 'A2' },
    });
  });

  it('takes one Label for both languages, and French headers and directions', () => {
    const result = read(catalogue([['ROAD-TIME', 'Temps de passage à la frontière', 'heures', 'Baisse']], ['Identifiant', 'Libellé', 'Unité', 'Sens']));
    expect(find(result, 'ROAD-TIME')).toMatchObject({
      label: { en: 'Temps de passage à la frontière', fr: 'Temps de passage à la frontière' },
      unit: { key: 'hours' },
      direction: 'lower',
    });
  });

  it('lets new indicators be used on the CRM Indicators sheet, by ID or label', () => {
    const result = read(
      catalogue([['SEIZURES', 'Cash seizures', 'Saisies d’espèces', 'USD million', 'higher']]),
      sheet('CRM Indicators', [HEADER, ['Malta', 'seizures', null, null, 1, null, 2], ['Japan', 'Saisies d’espèces', null, null, 1, null, 2]]),
    );
    expect(rowsOf(result).map((r) => r.indicator?.kind === 'named' && r.indicator.parsed.kind)).toEqual(['found', 'found']);
  });

  it('reads a table named IndicatorCatalogue on any sheet', () => {
    const lists = sheet(
      'Lists',
      [
        ['ID', 'Label', 'Direction'],
        ['SEIZURES', 'Cash seizures', 'higher'],
      ],
      [{ name: 'IndicatorCatalogue', range: { top: 1, left: 1, bottom: 2, right: 3 }, hasHeaderRow: true, hasTotalsRow: false }],
    );
    expect(find(read(lists), 'SEIZURES')).toMatchObject({
      label: { en: 'Cash seizures' },
      direction: 'higher',
      unit: { key: '' },
    });
  });

  it('does not apply a row with an error', () => {
    const result = read(
      catalogue([
        ['NEW-ONE', 'New', 'Nouveau', 'count', 'sideways'],
        ['REV-YIELD', 'Revenue', 'Recettes', null, 'lower'],
        ['REV-YIELD', 'Twice', 'Deux fois', null, 'higher'],
      ]),
    );
    expect(find(result, 'NEW-ONE')).toBeUndefined();
    expect(find(result, 'REV-YIELD')).toMatchObject({ label: { en: 'Revenue' }, direction: 'lower' });
  });
});
