import { INDICATOR_CATALOGUE } from '../../../src/core/crm/catalogue';
import { createCatalogue } from '../../../src/core/crm/lookup';

const catalogue = createCatalogue(INDICATOR_CATALOGUE);
const found = (text: string) => {
  const match = catalogue.match(text);
  return match.kind === 'found' ? match.indicator.id : undefined;
};
const suggested = (text: string) => {
  const match = catalogue.match(text);
  return match.kind === 'unknown' ? match.suggestion?.id : `found ${text}`;
};

describe('finding an indicator as users write it', () => {
  it.each([
    ['REV-YIELD', 'REV-YIELD'],
    ['rev-yield', 'REV-YIELD'],
    [' Rev yield ', 'REV-YIELD'],
    ['revyield', 'REV-YIELD'],
    ['Customs revenue yield', 'REV-YIELD'],
    ['Rendement des recettes douanières', 'REV-YIELD'],
    ['délai moyen de dédouanement', 'CLEARANCE-TIME'],
    ['non compliance', 'NON-COMPLIANCE'],
  ])('finds %p as %s, by ID or by English or French label', (text, id) => {
    expect(found(text)).toBe(id);
  });

  it('suggests the indicator a few typing slips away', () => {
    expect(suggested('REV-YEILD')).toBe('REV-YIELD');
    expect(suggested('PROSECUTION')).toBe('PROSECUTIONS');
    expect(suggested('Disciplinary case')).toBe('DISCIPLINARY');
  });

  it('suggests the only indicator whose ID or label begins with what was written', () => {
    expect(suggested('CLEARANCE')).toBe('CLEARANCE-TIME');
    expect(suggested('Substantiated')).toBe('COMPLAINTS');
  });

  it('suggests nothing when nothing is close, or when two are equally close', () => {
    expect(suggested('Seizures of cash')).toBeUndefined();
    expect(suggested('CO')).toBeUndefined();
    expect(suggested('Taux de')).toBeUndefined(); // Taux de conformité, Taux de non-conformité
  });
});
