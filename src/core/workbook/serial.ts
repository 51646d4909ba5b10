/** Excel date serials (days since 1899-12-30, the fraction being the time of day) and ISO dates. */

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** 9999-12-31, the last day Excel can show. */
export const LAST_SERIAL = 2_958_465;

export function serialOfUtc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function serialOfMs(ms: number): number {
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** "1998-03-15" for a serial (the day it falls on; the time is dropped). */
export function isoDate(serial: number): string {
  return new Date(Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/** Serial 61, 1900-03-01: from it on, Excel's days and the count from 1899-12-30 agree. */
const FIRST_AGREED_SERIAL = 61;

/**
 * The day Excel shows for a serial, ISO-written. Excel counts 1900 as a leap year (as Lotus 1-2-3 did):
 * before 1 March 1900 its day is one later than the count from 1899-12-30 says (serial 1 is 1900-01-01),
 * and serial 60 is its 29 February 1900, a day that never was.
 */
export function shownDate(serial: number): string {
  if (serial >= FIRST_AGREED_SERIAL || serial < 1) return isoDate(serial);
  return Math.floor(serial) === FIRST_AGREED_SERIAL - 1 ? '1900-02-29' : isoDate(serial + 1);
}
