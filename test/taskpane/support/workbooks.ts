import { sheet, workbook, type Plain } from '../../support/snapshot';

/** Three Members answering F1 and T1; Japan's T1 is not an answer of the scale. */
export const RESPONSES = sheet('Responses', [
  ['Member', 'Received', 'F1', 'T1'],
  ['France', '1998-03-02', 'Yes', 'Taken'],
  ['Germany', '1998-03-05', 'No', 'Intended'],
  ['Japan', '1998-03-09', 'Yes', 'Maybe'],
  ['Kenya', '1998-03-12', 'Yes', 'Taken'],
]);

export const LAST_ROUND = sheet('Round 1997', [
  ['Member', 'F1', 'T1'],
  ['France', 'No', 'Taken'],
  ['Kenya', 'No', 'Not planned'],
]);

export const CRM_ROWS: Plain[][] = [
  ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
  ['France', 'REV-YIELD', 'Implementation', '1996', 500, '1998', 560],
  ['France', 'CLEARANCE-TIME', 'Implementation', '1996', 48, '1998', 60],
  ['Kenya', 'REV-YIELD', 'Diagnosis and Planning', '1996', 80, '1998', 80],
];

export const CRM_INDICATORS = sheet('CRM Indicators', CRM_ROWS);

export function settingsSheet(rows: (string | number)[][], owned = false) {
  return { ...sheet('Settings', [['Setting', 'Value'], ...rows]), ...(owned ? { owned: true } : {}) };
}

export const SURVEY = workbook(RESPONSES, LAST_ROUND, CRM_INDICATORS);

export const EUROPE = ['France', 'Germany', 'Italy', 'Spain', 'Malta'];
export const OTHERS = ['Japan', 'Kenya', 'Peru', 'Brazil', 'Canada'];

/**
 * Five Europeans and five others, enough for every interval: F1 Yes in all Europe and nowhere else; F2 Yes
 * for three Europeans and two others. The round before, all No.
 */
export const TEN = workbook(
  sheet('Responses', [
    ['Member', 'F1', 'F2'],
    ...EUROPE.map((m, i) => [m, 'Yes', i % 2 ? 'No' : 'Yes']),
    ...OTHERS.map((m, i) => [m, 'No', i % 2 ? 'Yes' : 'No']),
  ]),
  sheet('Round 1997', [['Member', 'F1', 'F2'], ...[...EUROPE, ...OTHERS].map((m) => [m, 'No', 'No'])]),
);
