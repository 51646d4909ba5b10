import type { CompareStrings } from '../../i18n/strings';
import type { ComparisonPreview } from '../../workbook/comparison-preview';

export interface ComparisonTableProps {
  readonly preview: ComparisonPreview;
}

export interface ComparisonRowView {
  readonly key: string;
  readonly id: string;
  readonly label: string;
  readonly answer: string;
  /** The subject, the reference and the rest (a Member's region, the difference), formatted. */
  readonly cells: readonly string[];
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
}
