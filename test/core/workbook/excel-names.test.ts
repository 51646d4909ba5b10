import { asSheetName, excelNameKey, freeSheetName, sameExcelName, SHEET_NAME_LIMIT } from '../../../src/core/workbook/excel-names';

describe('names as Excel compares them', () => {
  it('ignores case, and nothing else: spaces make another name', () => {
    expect(sameExcelName('Settings', 'SETTINGS')).toBe(true);
    expect(sameExcelName('Réponses', 'RÉPONSES')).toBe(true);
    expect(sameExcelName('Settings ', 'Settings')).toBe(false);
    expect(excelNameKey('CRM Summary')).toBe(excelNameKey('crm summary'));
  });
});

describe('a sheet name made of any text', () => {
  it('has its forbidden characters as spaces, no apostrophe at either end, and at most 31 characters', () => {
    expect(asSheetName("'Bosnia/Herzegovina: [draft]'")).toBe('Bosnia Herzegovina   draft');
    expect(asSheetName('x'.repeat(40))).toHaveLength(SHEET_NAME_LIMIT);
  });
});

describe('a free sheet name', () => {
  it('is the name wanted when no sheet holds it, in any case', () => {
    expect(freeSheetName('Kenya', ['Responses'])).toBe('Kenya');
  });

  it('is numbered after the names taken, compared as Excel compares them', () => {
    expect(freeSheetName('Kenya', ['KENYA', 'kenya (2)'])).toBe('Kenya (3)');
    expect(freeSheetName('Responses (consolidated)', ['Responses (consolidated)'], (n) => ` ${n}`)).toBe('Responses (consolidated) 2');
  });

  it('never exceeds 31 characters, the name cut before its number', () => {
    const long = 'The former Yugoslav Republic of Macedonia';
    expect(freeSheetName(long, [])).toBe(long.slice(0, 31));
    expect(freeSheetName(long, [long.slice(0, 31)])).toBe(`${long.slice(0, 27)} (2)`);
    const taken = Array.from({ length: 9 }, (_, i) => (i === 0 ? 'x'.repeat(31) : `${'x'.repeat(27)} (${i + 1})`));
    expect(freeSheetName('x'.repeat(31), taken)).toBe(`${'x'.repeat(26)} (10)`);
  });
});
