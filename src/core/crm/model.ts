import type { Localized } from '../i18n/language';
import type { MemberCell, ReadCell } from '../read/model';
import type { CellRef } from '../workbook/address';
import type { IndicatorCatalogue, IndicatorMatch } from './lookup';
import type { ParsedMeasure } from './numbers';
import type { Stage } from './stages';
import type { Direction, Indicator } from './types';

/** What the reader made of a header row: a required column it did not find, or a column it read twice. */
export type ColumnNote =
  | { readonly kind: 'missing'; readonly ref: CellRef; readonly field: string; readonly header: Localized }
  | { readonly kind: 'duplicate'; readonly ref: CellRef; readonly header: string; readonly first: CellRef };

/** A sheet or table the CRM data was read from. */
export interface CrmSource {
  readonly sheet: string;
  readonly notes: readonly ColumnNote[];
}

/** A cell that must be filled in: blank (with where it is), or read. */
export type Blankable<T> = { readonly kind: 'blank'; readonly ref: CellRef } | (ReadCell<T> & { readonly kind: 'named' });

/** The `Indicator` cell of a row, matched against the catalogue. */
export type IndicatorCell = Blankable<IndicatorMatch>;

export type ParsedStage = { readonly kind: 'stage'; readonly stage: Stage } | { readonly kind: 'unknown' } | { readonly kind: 'error'; readonly error: string };

/**
 * One row of `CRM Indicators`: a Member's indicator from baseline to follow-up.
 * A blank cell is absent (a blank baseline or follow-up is "not measured"); so is a column the sheet lacks.
 */
export interface IndicatorRow {
  /** The row's first cell. */
  readonly ref: CellRef;
  readonly member?: MemberCell | undefined;
  readonly indicator?: IndicatorCell | undefined;
  readonly stage?: ReadCell<ParsedStage> | undefined;
  /** Periods are kept as written ("1997", "FY 1998/99"); a date cell as its ISO date. */
  readonly baselinePeriod?: ReadCell<string> | undefined;
  readonly baseline?: ReadCell<ParsedMeasure> | undefined;
  readonly followUpPeriod?: ReadCell<string> | undefined;
  readonly followUp?: ReadCell<ParsedMeasure> | undefined;
}

/** One row of `Indicator Catalogue`. Blank cells are absent. */
export interface CatalogueRow {
  readonly ref: CellRef;
  readonly id?: Blankable<string> | undefined;
  /** The built-in indicator this row overrides; absent for a new indicator. */
  readonly overrides?: Indicator | undefined;
  /** `Label` gives both languages; `Label (en)` and `Label (fr)` win over it. */
  readonly label?: ReadCell<string> | undefined;
  readonly labelEn?: ReadCell<string> | undefined;
  readonly labelFr?: ReadCell<string> | undefined;
  readonly unit?: ReadCell<string> | undefined;
  /** Read when the sheet has a `Direction` column; `undefined` when the text is not a direction. */
  readonly direction?: Blankable<Direction | undefined> | undefined;
}

/** Everything read about the CRM success indicators. No sheet at all is no CRM data, not an error. */
export interface CrmIndicators {
  /** The built-in catalogue, as the `Indicator Catalogue` sheet overrides and extends it. */
  readonly catalogue: IndicatorCatalogue;
  readonly catalogueSheet?: { readonly source: CrmSource; readonly rows: readonly CatalogueRow[] };
  readonly indicatorsSheet?: { readonly source: CrmSource; readonly rows: readonly IndicatorRow[] };
}
