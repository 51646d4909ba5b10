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
