import { MEMBERS_1998 } from '../../../src/core/members/members-1998';
import { REGISTRY_1998 } from '../../../src/core/members';
import { MEMBER_ALIASES } from '../../../src/core/members/aliases';
import { foldTight } from '../../../src/core/text/fold';

const found = (name: string) => {
  const match = REGISTRY_1998.match(name);
  return match.kind === 'found' ? match.member.code : undefined;
};
const suggested = (name: string) => {
  const match = REGISTRY_1998.match(name);
  return match.kind === 'unknown' ? match.suggestion?.name.en : `found ${name}`;
};

describe('the Member registry of 1998', () => {
  it('holds the 150 Members of the list, in six WCO regions', () => {
    expect(REGISTRY_1998.members).toHaveLength(150);
    expect(new Set(REGISTRY_1998.members.map((m) => m.region))).toEqual(new Set(['AM', 'ESA', 'EUR', 'AP', 'MENA', 'WCA']));
  });

  it.each(MEMBERS_1998.map(([code, en]) => [en, code]))('resolves the English name %s to %s', (name, code) => {
    expect(found(name)).toBe(code);
  });

  it.each(MEMBERS_1998.map(([code, , fr]) => [fr, code]))('resolves the French name %s to %s', (name, code) => {
    expect(found(name)).toBe(code);
  });

  it.each(MEMBERS_1998.map(([code]) => [code.toLowerCase(), code]))('resolves the code %s to %s', (name, code) => {
    expect(found(name)).toBe(code);
  });

  it('ignores case, accents, spaces and punctuation', () => {
    expect(found('  cote d ivoire ')).toBe('CIV');
    expect(found('CÔTE-D’IVOIRE')).toBe('CIV');
    expect(found('hongkong,china')).toBe('HKG');
    expect(found('ALGERIE')).toBe('DZA');
    expect(found('Congo (Dem. Rep. of the)')).toBe('COD');
  });

  it.each([
    ['Hong Kong', 'HKG'],
    ['Macau', 'MAC'],
    ['USA', 'USA'],
    ['U.S.A.', 'USA'],
    ['United States of America', 'USA'],
    ['UK', 'GBR'],
    ['Great Britain', 'GBR'],
    ['Korea', 'KOR'],
    ['Republic of Korea', 'KOR'],
    ['Iran', 'IRN'],
    ['Libya', 'LBY'],
    ['Macedonia', 'MKD'],
    ['North Macedonia', 'MKD'],
    ['Russia', 'RUS'],
    ['Syria', 'SYR'],
    ['Czechia', 'CZE'],
    ['Viet Nam', 'VNM'],
    ['Kazakhstan', 'KAZ'],
    ['Eswatini', 'SWZ'],
    ['Trinidad & Tobago', 'TTO'],
    ['RDC', 'COD'],
  ])('accepts the short form %s for %s', (name, code) => {
    expect(found(name)).toBe(code);
  });

  it('gives no alias to two Members', () => {
    const owner = new Map<string, string>();
    for (const [code, en, fr] of MEMBERS_1998) {
      for (const name of [code, en, fr, ...(MEMBER_ALIASES[code] ?? [])]) {
        const key = foldTight(name);
        expect([key, owner.get(key) ?? code]).toEqual([key, code]);
        owner.set(key, code);
      }
    }
  });

  it.each([
    ['Malasia', 'Malaysia'],
    ['Malaysai', 'Malaysia'],
    ['Swedn', 'Sweden'],
    ['Marocco', 'Morocco'],
    ['Philipines', 'Philippines'],
    ['Niger1a', 'Nigeria'],
  ])('suggests a near miss: %s → did you mean %s?', (name, suggestion) => {
    expect(suggested(name)).toBe(suggestion);
  });

  it('suggests nothing for a name far from every Member, nor for a tie', () => {
    expect(suggested('Atlantis')).toBeUndefined();
    expect(suggested('xy')).toBeUndefined();
    expect(suggested('Malt')).toBeUndefined(); // Mali or Malta
  });
});
