import { unitOf } from '../../../src/core/crm/units';

describe('units of a catalogue sheet', () => {
  it('knows the built-in units in either language', () => {
    expect(unitOf('%').key).toBe('%');
    expect(unitOf('percent').key).toBe('%');
    expect(unitOf('Jours').key).toBe('days');
    expect(unitOf('heures').key).toBe('hours');
    expect(unitOf('Nombre').key).toBe('count');
    expect(unitOf('millions USD').key).toBe('USD million');
  });

  it('keeps no unit as no unit, not as a percentage', () => {
    expect(unitOf('')).toEqual({ key: '', label: { en: '', fr: '' } });
  });

  it('keeps any other unit as written, in both languages', () => {
    expect(unitOf(' tonnes ')).toEqual({ key: 'tonnes', label: { en: 'tonnes', fr: 'tonnes' } });
  });
});
