import { MEMBERS_1998 } from '../../../src/core/members/members-1998';
import { REGISTRY_1998, REGION_CODES } from '../../../src/core/members';
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

  it('gives the Members of each region, in the registry’s order, every Member in one', () => {
    const byRegion = REGION_CODES.map((region) => REGISTRY_1998.membersIn(region));
    expect(byRegion.flat()).toHaveLength(150);
    byRegion.forEach((members, i) => expect(members.every((m) => m.region === REGION_CODES[i])).toBe(true));
    expect(REGISTRY_1998.membersIn('EUR').map((m) => m.code)).toEqual(MEMBERS_1998.filter((r) => r[3] === 'EUR').map((r) => r[0]));
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

// Issue #17: a Member is recognised by its current official short name as well as by the 1998 registry's.
describe('a Member’s current official name is the same Member as its 1998 name', () => {
  it.each([
    ['Türkiye', 'TUR', 'Turkey'],
    ['Turkiye', 'TUR', 'Turkey'],
    ['TÜRKIYE', 'TUR', 'Turkey'],
    ['Republic of Türkiye', 'TUR', 'Turkey'],
    ['République de Türkiye', 'TUR', 'Turkey'],
    ['Czechia', 'CZE', 'Czech Republic'],
    ['Tchéquie', 'CZE', 'Czech Republic'],
    ['République tchèque', 'CZE', 'Czech Republic'],
    ['Eswatini', 'SWZ', 'Swaziland'],
    ['Kingdom of Eswatini', 'SWZ', 'Swaziland'],
    ['Royaume d’Eswatini', 'SWZ', 'Swaziland'],
    ['North Macedonia', 'MKD', 'The Former Yugoslav Republic of Macedonia'],
    ['Republic of North Macedonia', 'MKD', 'The Former Yugoslav Republic of Macedonia'],
    ['Macédoine du Nord', 'MKD', 'The Former Yugoslav Republic of Macedonia'],
    ['République de Macédoine du Nord', 'MKD', 'The Former Yugoslav Republic of Macedonia'],
    ['Cabo Verde', 'CPV', 'Cape Verde'],
    ['Republic of Cabo Verde', 'CPV', 'Cape Verde'],
    ["Côte d'Ivoire", 'CIV', 'Côte d’Ivoire'],
    ['Cote d’Ivoire', 'CIV', 'Côte d’Ivoire'],
    ['Côte-d’Ivoire', 'CIV', 'Côte d’Ivoire'],
    ['Cote dIvoire', 'CIV', 'Côte d’Ivoire'],
    ['Ivory Coast', 'CIV', 'Côte d’Ivoire'],
    ['Burma', 'MMR', 'Myanmar'],
    ['Birmanie', 'MMR', 'Myanmar'],
    ['Netherlands (Kingdom of the)', 'NLD', 'Netherlands'],
    ['Kingdom of the Netherlands', 'NLD', 'Netherlands'],
    ['Bolivia (Plurinational State of)', 'BOL', 'Bolivia'],
    ['Venezuela (Bolivarian Republic of)', 'VEN', 'Venezuela'],
    ['Iran (Islamic Republic of)', 'IRN', 'Iran (Islamic Rep. of)'],
    ['Democratic Republic of the Congo', 'COD', 'Congo (Dem. Rep. of the)'],
    ['Zaire', 'COD', 'Congo (Dem. Rep. of the)'],
    ['Viet Nam', 'VNM', 'Vietnam'],
    ['Kazakhstan', 'KAZ', 'Kazakistan'],
  ])('%s is %s (%s in 1998)', (name, code, in1998) => {
    expect(found(name)).toBe(code);
    expect(REGISTRY_1998.byCode(code)?.name.en).toBe(in1998);
  });

  it('has no Timor-Leste to recognise: it was no Member in 1998', () => {
    expect(found('Timor-Leste')).toBeUndefined();
    expect(found('East Timor')).toBeUndefined();
  });
});

// Issue #17: a name typed with a letter of another alphabet that looks Latin (a Cyrillic А, a Greek Ο) is
// no Member's name as written; the match says which letter, so that the message can name it.
describe('a name written with a letter from another alphabet', () => {
  const foreign = (name: string) => {
    const match = REGISTRY_1998.match(name);
    return match.kind === 'unknown' ? match.foreign : `found ${name}`;
  };

  it.each<[string, unknown]>([
    ['\u0410lbania', [{ position: 1, letter: '\u0410', script: 'Cyrillic' }]],
    ['\u039Fman', [{ position: 1, letter: '\u039F', script: 'Greek' }]],
    ['Ken\u0443a', [{ position: 4, letter: '\u0443', script: 'Cyrillic' }]],
    ['Hong K\u043Eng', [{ position: 6, letter: '\u043E', script: 'Cyrillic' }]],
    [
      '\u041C\u0430laysia',
      [
        { position: 1, letter: '\u041C', script: 'Cyrillic' },
        { position: 2, letter: '\u0430', script: 'Cyrillic' },
      ],
    ],
    [
      '\u0410lb\u03B1nia',
      [
        { position: 1, letter: '\u0410', script: 'Cyrillic' },
        { position: 4, letter: '\u03B1', script: 'Greek' },
      ],
    ],
  ])('%s: %j', (name, letters) => {
    expect(foreign(name)).toEqual(letters);
  });

  it('names no foreign letter in a name wholly in another alphabet, nor in a Latin one', () => {
    expect(foreign('Казахстан')).toBeUndefined();
    expect(foreign('Atlantis')).toBeUndefined();
  });

  it('still finds the Member the name is a few slips from', () => {
    const match = REGISTRY_1998.match('\u0410lbania');
    expect(match.kind === 'unknown' && match.suggestion?.code).toBe('ALB');
  });
});
