import type { AnalysisView } from '../../engine/survey-engine';
import type { AnalyseStrings } from '../../i18n/strings';

export interface SectionPercentagesProps {
  readonly analysis: AnalysisView['analysis'];
}

export interface PercentRow {
  readonly key: string;
  readonly id: string;
  readonly label: string;
  readonly answer: string;
  /** 0..1, for the bar; absent when no one answered. */
  readonly percent?: number;
  readonly percentText: string;
  /** Its 95 % interval, bracketed, where the core gives one to show (a base of the minimum or more). */
  readonly intervalText?: string;
  readonly countText: string;
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly PercentRow[];
}

export interface SectionPercentagesState {
  readonly strings: AnalyseStrings;
  readonly sections: readonly SectionView[];
  /** Under the tables, when an interval is shown: what the brackets are and what they assume. */
  readonly legend?: string;
}
