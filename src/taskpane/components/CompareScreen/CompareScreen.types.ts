import type { Language } from '../../../core';
import type { CompareKind, CompareStrings } from '../../i18n/strings';
import type { ComparisonChoice } from '../../workbook/analysis-request';
import type { ComparisonPreview } from '../../workbook/comparison-preview';

/** A thing to compare with all respondents, as the dropdowns list it. */
export interface SubjectOption {
  readonly value: string;
  readonly name: string;
}

/** The preview shown, and what it is of. */
export interface ShownComparison {
  readonly subject: string;
  readonly preview: ComparisonPreview;
}

/** What the screen last wrote: the Comparison sheet, or a Member's profile, named in the pane's language. */
export type CompareWritten =
  | { readonly kind: 'comparison' }
  | {
      readonly kind: 'profile';
      readonly sheet: string;
      readonly member: string;
      readonly language: Language;
      /** The requirement set this Excel lacks to set how the profile prints, if it lacks it. */
      readonly pageLayoutNeeds?: string;
    };

export interface CompareScreenState {
  readonly strings: CompareStrings;
  readonly busy: boolean;
  readonly kind: CompareKind;
  readonly setKind: (kind: CompareKind) => void;
  readonly options: readonly SubjectOption[];
  /** The chosen option's value for the kind, if any. */
  readonly selected?: string;
  readonly select: (value: string) => void;
  readonly choice?: ComparisonChoice;
  readonly shown?: ShownComparison;
  /** The sheet the chosen Member's profile is written to; absent until a Member is chosen. */
  readonly profileSheet?: string;
  /** The profile button's description: what it writes, or why it waits. */
  readonly profileHintId: string;
  readonly written?: CompareWritten;
  readonly error?: unknown;
  readonly preview: () => void;
  readonly write: () => void;
  readonly writeProfile: () => void;
}
