import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';

const ids = (sectionId: string) => SURVEY_1998.sections.find((s) => s.id === sectionId)!.items.map((i) => i.id);
const item = (id: string) => SURVEY_1998.sections.flatMap((s) => s.items).find((i) => i.id === id)!;

describe('the 1998 questionnaire', () => {
  it('has sections S1–S9, the first seven being Charts 1–7', () => {
    expect(SURVEY_1998.sections.map((s) => [s.id, s.chart])).toEqual([
      ['S1', 1],
      ['S2', 2],
      ['S3', 3],
      ['S4', 4],
      ['S5', 5],
      ['S6', 6],
      ['S7', 7],
      ['S8', undefined],
      ['S9', undefined],
    ]);
  });

  it.each([
    ['S1', 'YN', ['F1', 'F2', 'F3', 'F4', 'F5', 'F6']],
    ['S2', 'YN', ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']],
    ['S3', 'TIN', ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']],
    ['S4', 'CPB', ['G1', 'G2', 'G3', 'G4', 'G5', 'G6']],
    ['S5', 'YN', ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']],
    ['S6', 'YN', ['M1', 'M2', 'M3', 'M4', 'M5', 'M6']],
    ['S7', 'YN', ['E1', 'E2', 'E3', 'E4', 'E5', 'E6']],
    ['S8', 'YN', ['V1', 'V2', 'V3', 'V4', 'V5', 'V9']],
    ['S9', 'PPN', Array.from({ length: 12 }, (_, i) => `AR${i + 1}`)],
  ])('%s asks %s questions %j', (section, scale, expected) => {
    expect(ids(section)).toEqual(expected);
    expect(item(expected[0]).scale.id).toBe(scale);
  });

  it('asks V9 as free text', () => {
    expect(item('V9').scale.id).toBe('TEXT');
  });

  it('labels every section and item in English and French', () => {
    for (const s of SURVEY_1998.sections) {
      expect(s.label.en && s.label.fr).toBeTruthy();
      for (const i of s.items) expect([i.id, i.label.en.length > 3, i.label.fr.length > 3]).toEqual([i.id, true, true]);
    }
  });

  it('keeps the published figures of the report', () => {
    expect(item('F1').published).toEqual({ Yes: { value: 0.75 } });
    expect(item('F3').published).toEqual({ Yes: { value: 0.6, approximate: true } });
    expect(item('F6').published).toBeUndefined();
    expect(item('T7').published).toEqual({ Taken: { value: 0.36 }, Intended: { value: 0.22 } });
    expect(item('G3').published).toEqual({ 'Customs-specific': { value: 0.11 }, 'Public-service-wide': { value: 0.36 } });
    expect(item('E1').published).toEqual({ Yes: { value: 0.89 } });
  });

  it('reports CPB’s “Both” under Customs-specific and under Public-service-wide', () => {
    expect(item('G1').scale.reported).toEqual([
      { answer: 'Customs-specific', counts: ['Customs-specific', 'Both'] },
      { answer: 'Public-service-wide', counts: ['Public-service-wide', 'Both'] },
    ]);
  });
});
