import type { Localized } from '../i18n/language';
import type { CellRef } from '../workbook/address';

/** Which way an indicator has to move for the reform to count as a success. */
export type Direction = 'higher' | 'lower';

export interface Unit {
  /** Stable identity. `%` marks a percentage, whose values are fractions (0.12 for 12 %), as Excel stores them. */
  readonly key: string;
  readonly label: Localized;
}

/** A success indicator of the CRM Programme. */
export interface Indicator {
  /** Short and upper-case, such as `REV-YIELD`: what the `Indicator` column names. */
  readonly id: string;
  readonly label: Localized;
  readonly unit: Unit;
  readonly direction: Direction;
  /** Where the indicator comes from: a paragraph of the CRM policy document, or the survey report. */
  readonly source: string;
  /** The `Indicator Catalogue` row that defined or overrode it. */
  readonly definedAt?: CellRef;
}
