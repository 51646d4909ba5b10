import { REGISTRY_1998 } from '../../../../src/core';
import { filterOptions, memberOptions, resolveChoice } from '../../../../src/taskpane/components/MemberPicker/member-choice';

describe('the Member field', () => {
  it('lists every Member once, by name in the pane’s language', () => {
    const fr = memberOptions('fr');
    expect(fr).toHaveLength(REGISTRY_1998.members.length);
    const names = fr.map((o) => o.name);
    expect(names.indexOf('Allemagne')).toBeLessThan(names.indexOf('Autriche'));
  });

  it('filters on either name or the code, whatever the accents and case', () => {
    const en = memberOptions('en');
    expect(filterOptions(en, 'PEROU').map((o) => o.name)).toEqual(['Peru']);
    expect(filterOptions(en, '  ')).toHaveLength(en.length);
    expect(filterOptions(en, undefined)).toBe(en);
    expect(filterOptions(en, 'zzz')).toEqual([]);
  });

  it('lists first the names that begin with what is typed, then those with a word that does', () => {
    const names = filterOptions(memberOptions('en'), 'ma').map((o) => o.name);
    expect(names.slice(0, 3)).toEqual(['Macao', 'Madagascar', 'Malawi']);
    expect(names.indexOf('Germany')).toBeGreaterThan(names.indexOf('Mauritius'));
    expect(filterOptions(memberOptions('fr'), 'kong').map((o) => o.name)).toEqual([expect.stringMatching(/^Hong Kong/)]);
  });

  it('takes the text typed as a Member when it names one, as nothing when blank, else as unmatched', () => {
    const kenya = REGISTRY_1998.byCode('KEN')!;
    expect(resolveChoice({ typed: 'ken' })).toEqual({ member: kenya });
    expect(resolveChoice({ typed: ' ' })).toEqual({});
    expect(resolveChoice({ typed: 'Atlantis' })).toEqual({ typed: 'Atlantis', unmatched: true });
    const chosen = { member: kenya };
    expect(resolveChoice(chosen)).toBe(chosen);
  });
});
