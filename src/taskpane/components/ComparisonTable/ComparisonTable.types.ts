import type { CompareStrings } from '../../i18n/strings';
import type { ComparisonPreview } from '../../workbook/comparison-preview';

export interface ComparisonTableProps {
  readonly preview: ComparisonPreview;
}

/** One figure of a row, formatted: a percent or a difference, with its 95 % interval where the core gives one to show. */
export interface FigureCell {
  readonly text: string;
  /** The interval, bracketed: "(76–96)", a difference's "(+3 to +25)". */
  readonly interval?: string;
  /** A difference whose interval excludes 0: shown in bold, and said. */
  readonly significant?: boolean;
}

export interface ComparisonRowView {
  readonly key: string;
  readonly id: string;
  readonly label: string;
  readonly answer: string;
  /** The subject, the reference and the rest (a Member's region, the difference), formatted. */
  readonly cells: readonly FigureCell[];
  /** A Member's answer that counts towards this reported answer. */
  readonly gives?: boolean;
}

export interface ComparisonSectionView {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ComparisonRowView[];
}

export interface ComparisonTableState {
  readonly strings: CompareStrings;
  readonly questionHeader: string;
  readonly headers: readonly string[];
  readonly sections: readonly ComparisonSectionView[];
  /** Which region a Member's Region column is, and what its Gap is. */
  readonly memberRegion?: string;
  /** Why the Member's own submission is not counted; absent when it is. */
  readonly notCounted?: string;
  /** Why a percent shows as —, when the small-base rule blanked one. */
  readonly smallBase?: string;
  /** Under the table, when an interval is shown: what the brackets and the bold mean, and what they assume. */
  readonly legend?: string;
}
