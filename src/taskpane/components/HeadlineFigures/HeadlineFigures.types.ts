import type { Headline } from '../../../core';
import type { HeadlineStrings } from '../../i18n/strings';

export interface HeadlineFiguresProps {
  readonly headline: Headline;
}

export interface Figure {
  readonly label: string;
  readonly value: string;
  /** Said after the value, smaller: "of 150 Members". */
  readonly detail?: string;
}

export interface HeadlineFiguresState {
  readonly strings: HeadlineStrings;
  readonly figures: readonly Figure[];
}
