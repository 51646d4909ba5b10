import { INDICATOR_CATALOGUE } from '../../../src/core/crm/catalogue';

describe('the built-in indicator catalogue', () => {
  it('gives every indicator a unique, short, upper-case ID', () => {
    const ids = INDICATOR_CATALOGUE.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z-]{2,15}$/);
  });

  it('labels every indicator in English and in French, each label its own', () => {
    for (const { label } of INDICATOR_CATALOGUE) {
      expect(label.en.trim()).not.toBe('');
      expect(label.fr.trim()).not.toBe('');
      expect(label.fr).not.toBe(label.en);
    }
    const labels = INDICATOR_CATALOGUE.flatMap((i) => [i.label.en, i.label.fr]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives every indicator a unit, a direction and a source', () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      expect(indicator.unit.label.en).not.toBe('');
      expect(['higher', 'lower']).toContain(indicator.direction);
      expect(indicator.source).toMatch(/^(CRM policy ¶44|Survey report)/);
    }
  });

  it.each([
    ['COMPLIANCE', 'higher', '%'],
    ['NON-COMPLIANCE', 'lower', '%'],
    ['REV-YIELD', 'higher', 'USD million'],
    ['DETECTIONS', 'higher', 'count'],
    ['PROSECUTIONS', 'higher', 'count'],
    ['OFFENCES', 'lower', 'count'],
    ['CLEARANCE-TIME', 'lower', 'hours'],
    ['BUSINESS-COST', 'lower', 'USD per declaration'],
    ['STATS-DELAY', 'lower', 'days'],
    ['TA-NEEDS', 'higher', '%'],
    ['E-DECLARATIONS', 'higher', '%'],
  ])('holds CRM ¶44’s %s, where %s is better, in %s', (id, direction, unit) => {
    const indicator = INDICATOR_CATALOGUE.find((i) => i.id === id);
    expect(indicator).toMatchObject({ direction, unit: { key: unit } });
    expect(indicator?.source).toMatch(/^CRM policy ¶44: /);
  });

  it.each(['COMPLAINTS', 'CONVICTIONS', 'BREACHES', 'DISCIPLINARY'])('holds Hong Kong, China’s integrity measure %s, where fewer is better', (id) => {
    const indicator = INDICATOR_CATALOGUE.find((i) => i.id === id);
    expect(indicator).toMatchObject({ direction: 'lower', unit: { key: 'count' } });
    expect(indicator?.source).toMatch(/Hong Kong, China/);
  });

  it('names units in French where French names them otherwise', () => {
    const unit = (id: string) => INDICATOR_CATALOGUE.find((i) => i.id === id)?.unit.label;
    expect(unit('CLEARANCE-TIME')).toEqual({ en: 'hours', fr: 'heures' });
    expect(unit('STATS-DELAY')).toEqual({ en: 'days', fr: 'jours' });
    expect(unit('OFFENCES')).toEqual({ en: 'count', fr: 'nombre' });
    expect(unit('REV-YIELD')).toEqual({ en: 'USD million', fr: 'millions USD' });
    expect(unit('COMPLIANCE')).toEqual({ en: '%', fr: '%' });
  });
});
