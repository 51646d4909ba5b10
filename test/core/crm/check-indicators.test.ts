import { issueRow } from '../../../src/core/check/issue-row';
import { checkIndicators } from '../../../src/core/crm/check-indicators';
import { readIndicators } from '../../../src/core/crm/read-indicators';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import type { SheetSnapshot } from '../../../src/core/workbook/snapshot';
import { sheet, workbook, type Plain } from '../../support/snapshot';

const HEADER = ['Member', 'Indicator', 'Stage', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'];
const check = (sheets: SheetSnapshot[], lang: Language = 'en') =>
  checkIndicators(readIndicators(workbook(...sheets), REGISTRY_1998)).map((i) => issueRow(i, lang));
const crm = (rows: Plain[][], header: Plain[] = HEADER) => sheet('CRM Indicators', [header, ...rows]);
const codes = (rows: ReturnType<typeof check>) => rows.map((r) => [r.severity, r.code, r.cell, r.member]);
const only = (rows: Plain[][], lang: Language = 'en') => {
  const issues = check([crm(rows)], lang);
  expect(issues).toHaveLength(1);
  return issues[0];
};

describe('checking the CRM Indicators sheet', () => {
  it('finds nothing wrong with complete, valid rows', () => {
    expect(
      check([
        crm([
          ['Malaysia', 'CLEARANCE-TIME', 'Implementation', '1997', 48, '1999', 36],
          ['Maroc', 'Taux de conformité des déclarations contrôlées', 'Mise en œuvre', '1997', '85 %', '1999', 0.9],
          ['Malaysia', 'REV-YIELD', null, null, '1 234,5', null, null],
        ]),
      ]),
    ).toEqual([]);
  });

  it('finds nothing at all in a workbook without CRM sheets', () => {
    expect(check([sheet('Responses', [['Member'], ['Malta']])])).toEqual([]);
  });

  it('reports each required column that is missing, at the header row', () => {
    const rows = check([crm([['Entry']], ['Stage'])]);
    expect(codes(rows)).toEqual([
      ['error', 'missing-member-column', 'A1', ''],
      ['error', 'missing-column', 'A1', ''],
      ['error', 'missing-column', 'A1', ''],
      ['error', 'missing-column', 'A1', ''],
    ]);
    expect(rows.slice(1).map((r) => r.message)).toEqual([
      'There is no column headed “Indicator”. Add it: without it the rows of this sheet cannot be used.',
      'There is no column headed “Baseline”. Add it: without it the rows of this sheet cannot be used.',
      'There is no column headed “Follow-up”. Add it: without it the rows of this sheet cannot be used.',
    ]);
    expect(check([crm([['Entry']], ['Stage'])], 'fr')[2].message).toBe(
      'Il n’y a pas de colonne intitulée « Référence » (ou « Baseline »). Ajoutez-la : sans elle, les lignes de cette feuille ne peuvent pas être utilisées.',
    );
  });

  it('reports a column read twice', () => {
    const rows = check([crm([['Malta', 'REV-YIELD', 1, 2, 3]], ['Member', 'Indicator', 'Baseline', 'Follow-up', 'Suivi'])]);
    expect(codes(rows)).toEqual([['error', 'duplicate-column', 'E1', '']]);
    expect(rows[0].message).toBe("Column “Suivi” repeats the column at 'CRM Indicators'!D1. Keep one: only the first is read.");
  });

  it('reports a blank Member', () => {
    expect(codes([only([[null, 'REV-YIELD', null, null, 1, null, 2]])])).toEqual([['error', 'blank-member', 'A2', '']]);
  });

  it('reports an unknown Member, suggesting the nearest name, as for the survey', () => {
    const row = only([['Malasia', 'REV-YIELD', null, null, 1, null, 2]]);
    expect(row).toMatchObject({ code: 'unknown-member', cell: 'A2', member: 'Malasia' });
    expect(row.message).toBe('“Malasia” is not a WCO Member name. Did you mean Malaysia?');
  });

  it('reports a blank indicator, naming the Member', () => {
    const row = only([['Japon', null, null, null, 1, null, 2]]);
    expect([row.code, row.cell, row.member]).toEqual(['blank-indicator', 'B2', 'Japan']);
    expect(row.message).toBe('The indicator is blank. Enter the ID of an indicator of the catalogue, for example REV-YIELD.');
    expect(only([['Japon', null, null, null, 1, null, 2]], 'fr').member).toBe('Japon');
  });

  it('reports an unknown indicator, suggesting the nearest ID when one is close', () => {
    const row = only([['Malta', 'REV-YEILD', null, null, 1, null, 2]]);
    expect([row.code, row.cell]).toEqual(['unknown-indicator', 'B2']);
    expect(row.message).toBe('“REV-YEILD” is not an indicator of the catalogue. Did you mean REV-YIELD (Customs revenue yield)?');
    expect(only([['Malta', 'REV-YEILD', null, null, 1, null, 2]], 'fr').message).toBe(
      '« REV-YEILD » n’est pas un indicateur du catalogue. Vouliez-vous dire REV-YIELD (Rendement des recettes douanières) ?',
    );
  });

  it('reports an unknown indicator with nothing close, saying how to add one', () => {
    expect(only([['Malta', 'Staff morale', null, null, 1, null, 2]]).message).toBe(
      '“Staff morale” is not an indicator of the catalogue. Enter an indicator ID (for example REV-YIELD), or define the indicator on an “Indicator Catalogue” sheet.',
    );
  });

  it('reports a baseline or follow-up that is not a number, with the indicator’s unit', () => {
    const rows = check([crm([['Malta', 'CLEARANCE-TIME', null, null, 'two days', null, 'n/a']])]);
    expect(codes(rows)).toEqual([
      ['error', 'invalid-number', 'E2', 'Malta'],
      ['error', 'invalid-number', 'G2', 'Malta'],
    ]);
    expect(rows[0].message).toBe('“two days” is not a number. Enter the value as a number (unit: hours), or leave the cell blank if it was not measured.');
    expect(check([crm([['Malta', 'CLEARANCE-TIME', null, null, 'deux jours', null, null]])], 'fr')[0].message).toBe(
      '« deux jours » n’est pas un nombre. Saisissez la valeur sous forme de nombre (unité : heures), ou laissez la cellule vide si elle n’a pas été mesurée.',
    );
  });

  it('reports a % sign on an indicator that is not a percentage', () => {
    expect(codes([only([['Malta', 'OFFENCES', null, null, '12%', null, 10]])])).toEqual([['error', 'invalid-number', 'E2', 'Malta']]);
  });

  it('reports a number that reads differently in English and in French', () => {
    const row = only([['Malta', 'REV-YIELD', null, null, '1,234', null, 1300]]);
    expect([row.code, row.cell]).toEqual(['ambiguous-number', 'E2']);
    expect(row.message).toBe('“1,234” could mean 1234 or 1.234. Write 1234 for the whole number, or 1.234 for the decimal one.');
    expect(only([['Malta', 'REV-YIELD', null, null, '1,234', null, 1300]], 'fr').message).toBe(
      '« 1,234 » peut se lire 1234 ou 1,234. Écrivez 1234 pour le nombre entier ; pour le nombre décimal, écrivez 1.234 ou saisissez-le dans une cellule numérique.',
    );
  });

  it('warns that a percentage written as 85 reads as 8500 %', () => {
    const row = only([['Malta', 'COMPLIANCE', null, null, 85, null, 0.9]]);
    expect([row.severity, row.code, row.cell]).toEqual(['warning', 'percent-over-100', 'E2']);
    expect(row.message).toBe('85 is read as 8500%, since a percentage is a fraction (85% is 0.85). If you meant 85%, enter “85%” or 0.85.');
    expect(only([['Malta', 'COMPLIANCE', null, null, '85', null, 0.9]], 'fr').message).toBe(
      '85 est interprété comme 8500 %, car un pourcentage est une fraction (85 % vaut 0,85). Si vous vouliez dire 85 %, saisissez « 85 % » ou 0,85.',
    );
    expect(check([crm([['Malta', 'COMPLIANCE', null, null, '100%', null, 1]])])).toEqual([]);
  });

  it('warns of a stage that is not a CRM stage, and names the four', () => {
    const row = only([['Malta', 'REV-YIELD', 'Stage 9', null, 1, null, 2]]);
    expect([row.severity, row.code, row.cell]).toEqual(['warning', 'unknown-stage', 'C2']);
    expect(row.message).toBe(
      '“Stage 9” is not a CRM stage and is ignored. Enter Entry, Diagnosis and Planning, Implementation or Evaluation, or leave it blank.',
    );
    expect(only([['Malta', 'REV-YIELD', 'Étape 9', null, 1, null, 2]], 'fr').message).toBe(
      '« Étape 9 » n’est pas une étape du programme CRM : cette valeur est ignorée. Indiquez Entrée, Diagnostic et planification, Mise en œuvre ou Évaluation, ou laissez la cellule vide.',
    );
  });

  it('reports the same Member and indicator twice, naming both rows', () => {
    const rows = check([
      crm([
        ['Malta', 'REV-YIELD', null, null, 1, null, 2],
        ['Japan', 'REV-YIELD', null, null, 1, null, 2],
        ['MLT', 'Customs revenue yield', null, null, 1, null, 3],
      ]),
    ]);
    expect(codes(rows)).toEqual([['error', 'duplicate-member-indicator', 'B4', 'Malta']]);
    expect(rows[0].message).toBe(
      "This Member already has a row for REV-YIELD at 'CRM Indicators'!B2. Keep one row per Member and indicator: only the first is evaluated.",
    );
  });

  it('reports Excel error values in every column', () => {
    const e = (error: string) => ({ error });
    const rows = check([crm([[e('#N/A'), e('#REF!'), e('#NAME?'), e('#VALUE!'), e('#DIV/0!'), e('#NUM!'), e('#NULL!')]])]);
    expect(rows.map((r) => [r.code, r.cell, r.message.match(/#[A-Z0-9/!?]+/)?.[0]])).toEqual([
      ['error-value', 'A2', '#N/A'],
      ['error-value', 'B2', '#REF!'],
      ['error-value', 'C2', '#NAME?'],
      ['error-value', 'D2', '#VALUE!'],
      ['error-value', 'E2', '#DIV/0!'],
      ['error-value', 'F2', '#NUM!'],
      ['error-value', 'G2', '#NULL!'],
    ]);
  });
});
