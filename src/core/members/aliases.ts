/**
 * Short and current forms by which respondents name a Member, by Member code: among them each Member's
 * current official short name where it differs from the 1998 registry's (Türkiye, Czechia, Eswatini, North
 * Macedonia, Cabo Verde…) and the United Nations' forms ("Bolivia (Plurinational State of)"), in English and
 * French. Matched after folding (case, accents, punctuation, invisible characters), like the official names.
 */
export const MEMBER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ARE: ['UAE', 'EAU', 'Emirats arabes unis'],
  BHS: ['The Bahamas'],
  BOL: ['Plurinational State of Bolivia', 'Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)'],
  BRN: ['Brunei'],
  CAF: ['Central African Rep', 'Republique centrafricaine', 'Centrafrique'],
  CIV: ['Ivory Coast', 'Republic of Côte d’Ivoire', 'République de Côte d’Ivoire'],
  COD: ['DR Congo', 'DRC', 'RDC', 'Democratic Republic of the Congo', 'Republique democratique du Congo', 'Congo Kinshasa', 'Zaire'],
  COG: ['Republic of the Congo', 'Republique du Congo', 'Congo Brazzaville'],
  CPV: ['Cabo Verde', 'Republic of Cabo Verde', 'République de Cabo Verde'],
  CZE: ['Czechia', 'Czech Rep', 'Tchequie', 'Republique tcheque'],
  GBR: ['UK', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  GMB: ['The Gambia'],
  HKG: ['Hong Kong', 'Hong Kong SAR', 'Hong Kong China', 'Hongkong'],
  IRN: ['Iran', 'Islamic Republic of Iran', "Republique islamique d'Iran", 'Iran (Islamic Republic of)', 'Iran (République islamique d’)'],
  KAZ: ['Kazakhstan'],
  KOR: ['Korea', 'South Korea', 'Republic of Korea', 'Coree', 'Coree du Sud', 'Republique de Coree'],
  LBY: ['Libya', 'Libye'],
  MAC: ['Macau', 'Macao China', 'Macao SAR'],
  MDA: ['Republic of Moldova', 'Republique de Moldova'],
  MKD: [
    'Macedonia',
    'North Macedonia',
    'Republic of North Macedonia',
    'FYROM',
    'Macedoine',
    'Macedoine du Nord',
    'République de Macédoine du Nord',
    'ex-Republique yougoslave de Macedoine',
  ],
  MMR: ['Burma', 'Birmanie', 'Republic of the Union of Myanmar'],
  NLD: ['Holland', 'The Netherlands', 'Netherlands (Kingdom of the)', 'Kingdom of the Netherlands', 'Pays-Bas (Royaume des)', 'Royaume des Pays-Bas'],
  RUS: ['Russia', 'Russie', 'Federation de Russie'],
  SAU: ['KSA'],
  SWZ: ['Eswatini', 'Kingdom of Eswatini', 'Royaume d’Eswatini'],
  SYR: ['Syria', 'Syrie'],
  TTO: ['Trinidad', 'Trinidad & Tobago'],
  TUR: ['Türkiye', 'Republic of Türkiye', 'République de Türkiye'],
  TZA: ['United Republic of Tanzania', 'Republique-Unie de Tanzanie'],
  USA: ['US', 'United States of America', 'America', "Etats-Unis d'Amerique"],
  VEN: ['Bolivarian Republic of Venezuela', 'Venezuela (Bolivarian Republic of)', 'Venezuela (République bolivarienne du)'],
  VNM: ['Viet Nam'],
};
