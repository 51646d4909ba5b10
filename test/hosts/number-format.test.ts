import { isDateFormat } from '../../src/hosts/number-format';

/** ExcelJS's own test, the oracle: both hosts read a date as it does, but where Excel itself differs. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsIsDate: (format: string) => boolean = require('exceljs/lib/utils/utils').isDateFmt;

const DATES = [
  'yyyy-mm-dd',
  'm/d/yyyy',
  'd-mmm-yy',
  'mmm-yy',
  'dd/mm/yyyy hh:mm',
  'h:mm AM/PM',
  '[h]:mm:ss',
  'mm:ss.0',
  '[$-409]dddd, mmmm d, yyyy',
  '[$-F800]dddd\\, mmmm dd\\, yyyy',
];
const NOT_DATES = [
  'General',
  '0',
  '0.00',
  '#,##0.00',
  '0%',
  '0.0%',
  '+0.0;-0.0;0.0',
  '0.00E+00',
  '@',
  '[$€-x-euro2] #,##0.00',
  '[Red]0.00;[Blue]-0.00',
  '0 "days"',
  '# ?/?',
];

describe('isDateFormat, shared by the hosts', () => {
  it.each(DATES)('reads %s as a date or time, as ExcelJS does', (format) => {
    expect(isDateFormat(format)).toBe(true);
    expect(exceljsIsDate(format)).toBe(true);
  });

  it.each(NOT_DATES)('reads %s as a number, as ExcelJS does', (format) => {
    expect(isDateFormat(format)).toBe(false);
    expect(exceljsIsDate(format)).toBe(false);
  });

  it('ignores escaped letters and padding, where ExcelJS sees a date', () => {
    expect(['0.0\\m', '0_m', '0*s'].map(isDateFormat)).toEqual([false, false, false]);
    expect(['0.0\\m', '0_m', '0*s'].map(exceljsIsDate)).toEqual([true, true, true]);
  });

  it('reads upper-case codes as Excel does, where ExcelJS misses some', () => {
    expect(isDateFormat('YYYY')).toBe(true);
    expect(exceljsIsDate('YYYY')).toBe(false);
  });

  it('takes anything that is not a format as none', () => {
    expect([undefined, null, 14].map(isDateFormat)).toEqual([false, false, false]);
  });
});
