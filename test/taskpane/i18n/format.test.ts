import { formatInterval, formatMeasure, formatNumber, formatPercent, formatPoints } from '../../../src/taskpane/i18n/format';

const unit = (key: string, en = key, fr = key) => ({ key, label: { en, fr } });

describe('numbers as each language writes them', () => {
  it('writes percents, with French spacing', () => {
    expect([formatPercent(0.725, 'en'), formatPercent(0.725, 'fr').replace(/\s/g, ' '), formatPercent(undefined, 'en')]).toEqual(['73%', '73 %', '—']);
  });

  it('writes a percent’s interval in whole percents, bracketed, and nothing where there is none', () => {
    expect([formatInterval({ low: 0.755, high: 0.9649 }, 'en'), formatInterval({ low: 0, high: 0.424 }, 'fr'), formatInterval(undefined, 'en')]).toEqual([
      '(76–96)',
      '(0–42)',
      undefined,
    ]);
  });

  it('writes percentage points with their sign, French with its minus sign', () => {
    const written = [formatPoints(12.54, 'en'), formatPoints(-3, 'en'), formatPoints(0, 'en'), formatPoints(-0.01, 'en'), formatPoints(-3.25, 'fr')];
    expect(written).toEqual(['+12.5', '-3', '0', '0', '\u22123,3']);
  });

  it('groups thousands, French with a non-breaking space', () => {
    expect([formatNumber(5000, 'en'), formatNumber(5000, 'fr')]).toEqual(['5,000', '5\u00a0000']);
  });

  it('writes CRM measures in their unit', () => {
    expect(formatMeasure(0.125, unit('%'), 'en')).toBe('12.5%');
    expect(formatMeasure(35, unit('count'), 'en')).toBe('35');
    expect(formatMeasure(1250.5, unit('days', 'days', 'jours'), 'fr').replace(/\s/g, ' ')).toBe('1 250,5 jours');
    expect(formatNumber(undefined, 'en')).toBe('—');
  });
});
