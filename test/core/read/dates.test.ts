import { parseDateText, parseReceived } from '../../../src/core/read/dates';
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
