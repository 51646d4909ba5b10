import { parseDate, parseDateText, parseReceived } from '../../../src/core/read/dates';
import { displayCell } from '../../../src/core/workbook/display';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { cell, type Plain } from '../../support/snapshot';

const MARCH_15_1998 = serialOfUtc(1998, 3, 15);

describe('reading the Received date', () => {
  it('knows Excel serials: 1998-03-15 is 35869', () => {
    expect(MARCH_15_1998).toBe(35869);
  });

  it.each<[Plain]>([[{ date: 35869 }], [35869]])('takes a date cell or a serial number: %p', (value) => {
    expect(parseReceived(cell(value)!)).toEqual({ kind: 'date', serial: 35869 });
  });

  it.each([
    '1998-03-15',
    '1998-3-15',
    '1998/03/15',
    '15/03/1998',
    '15.03.1998',
    '15-03-1998',
    '15 March 1998',
    '15 mars 1998',
    'March 15, 1998',
    '15th March 1998',
    '15 MARS 1998',
  ])('reads the text %s', (value) => {
    expect(parseDateText(value)).toBe(MARCH_15_1998);
  });

  it('keeps the time of an ISO date-time', () => {
    expect(parseDateText('1998-03-15T12:00')).toBe(MARCH_15_1998 + 0.5);
    expect(parseDateText('1998-03-15 06:00:00')).toBe(MARCH_15_1998 + 0.25);
  });

  it.each(['31/02/1998', '1998-13-01', 'soon', '15 Marchember 1998', '03/15/1998', '', '15 constructor 1998', 'toString 15 1998'])('refuses %p', (value) => {
    expect(parseDateText(value)).toBeUndefined();
  });

  it.each<[Plain, unknown]>([
    ['next week', { kind: 'invalid' }],
    [true, { kind: 'invalid' }],
    [-4, { kind: 'invalid' }],
    [{ error: '#VALUE!' }, { kind: 'error', error: '#VALUE!' }],
  ])('says why %p is not a date', (value, parsed) => {
    expect(parseReceived(cell(value)!)).toEqual(parsed);
  });
});

// Issue #17: a number where a date belongs. Excel counts days from 1900-01-01 (serial 1), so 1998 typed in
// Received is day 1998, 20 June 1905; serial 60 is the 29 February 1900 that Excel shows and that never was.
describe('a number where a date belongs is never a day of 1905', () => {
  const FIRST_MEETING = serialOfUtc(1953, 1, 26);

  it.each<[string, Plain, unknown]>([
    ['the year 1998 typed as a number', 1998, { kind: 'invalid', problem: { kind: 'year', year: 1998 } }],
    ['the year 2026 typed as a number', 2026, { kind: 'invalid', problem: { kind: 'year', year: 2026 } }],
    ['the year 1998 typed in a date cell (Excel shows 1905-06-20)', { date: 1998 }, { kind: 'invalid', problem: { kind: 'year', year: 1998 } }],
    ['the year 1998 typed as text', '1998', { kind: 'invalid', problem: { kind: 'year', year: 1998 } }],
    ['the year 2026 typed as text, with spaces', ' 2026 ', { kind: 'invalid', problem: { kind: 'year', year: 2026 } }],
    ['serial 60, the 29 February 1900 that never was', { date: 60 }, { kind: 'invalid', problem: { kind: 'no-such-day' } }],
    ['serial 60 at noon', { date: 60.5 }, { kind: 'invalid', problem: { kind: 'no-such-day' } }],
    ['serial 0, before Excel’s first day', { date: 0 }, { kind: 'invalid' }],
    ['a negative serial', { date: -1 }, { kind: 'invalid' }],
    ['a number below 1', 0.5, { kind: 'invalid' }],
    ['past 9999-12-31, the last day Excel shows', 2_958_466, { kind: 'invalid' }],
  ])('a Received cell holding %s is not a date', (_, value, parsed) => {
    expect(parseReceived(cell(value)!)).toEqual(parsed);
  });

  it.each<[string, Plain]>([
    ['serial 1 (1900-01-01)', 1],
    ['serial 500 (1901-05-14) in a date cell', { date: 500 }],
    ['1905-06-20 written as text', '1905-06-20'],
    ['15/03/1952 written as text', '15/03/1952'],
    ['25 January 1953, the eve of the first session', { date: FIRST_MEETING - 1 }],
  ])('a Received date before 26 January 1953, when the Customs Co-operation Council first met, is too early: %s', (_, value) => {
    expect(parseReceived(cell(value)!)).toMatchObject({ kind: 'invalid', problem: { kind: 'too-early' } });
  });

  it.each<[string, Plain, number]>([
    ['26 January 1953 itself', { date: FIRST_MEETING }, FIRST_MEETING],
    ['a serial in 1998 typed as a number', 35869, 35869],
    ['a date cell in 1998', { date: 35869.25 }, 35869.25],
    ['a date in the next rounds', '2027-03-01', serialOfUtc(2027, 3, 1)],
  ])('takes %s', (_, value, serial) => {
    expect(parseReceived(cell(value)!)).toEqual({ kind: 'date', serial });
  });

  it.each<[string, Plain, unknown]>([
    ['a year', 1998, { kind: 'invalid', problem: { kind: 'year', year: 1998 } }],
    ['serial 60', { date: 60 }, { kind: 'invalid', problem: { kind: 'no-such-day' } }],
    ['serial 0', { date: 0 }, { kind: 'invalid' }],
    ['a date of 1901, which an answer may give', { date: 500 }, { kind: 'date', serial: 500 }],
  ])('an XLSForm date question reads %s the same way, but has no earliest date', (_, value, parsed) => {
    expect(parseDate(cell(value)!)).toEqual(parsed);
  });
});

describe('a date cell as a message quotes it: the day Excel shows', () => {
  it.each<[number, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [1998, '1905-06-20'],
    [35869, '1998-03-15'],
    [35869.75, '1998-03-15'],
  ])('serial %d shows as %s', (serial, shown) => {
    expect(displayCell({ kind: 'date', serial })).toBe(shown);
  });
});
