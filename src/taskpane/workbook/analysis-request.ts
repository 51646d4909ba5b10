import {
  analyseWorkbook,
  SETTINGS,
  type AnalyseOutcome,
  type AnalyseRequest,
  type Language,
  type RegionCode,
  type Settings,
  type WorkbookSnapshot,
} from '../../core';
import { roundOfSheet } from '../../core/second-round';
import { sameName } from './owned-sheets';
import type { ReadWorkbook } from './read-workbook';

/** What the Comparison sheet compares with all respondents, besides the 1998 published figures. */
export type ComparisonChoice =
  | { readonly kind: 'member'; readonly member: string }
  | { readonly kind: 'region'; readonly region: RegionCode }
  | { readonly kind: 'round'; readonly sheet: string };

export interface AnalysisChoices {
  /** The Analyse screen's settings: they win over the Settings sheet. */
  readonly settings: Settings;
  readonly paneLanguage: Language;
  readonly today: number;
  readonly comparison?: ComparisonChoice;
}

/** The analysis, with its plan of sheets, as the pane's settings and comparison say. */
export function analyse(read: ReadWorkbook, choices: AnalysisChoices): AnalyseOutcome {
  return analyseWorkbook(snapshotFor(read, choices.settings), {
    settings: choices.settings,
    defaultLanguage: choices.paneLanguage,
    today: choices.today,
    ...comparisonRequest(read.snapshot, choices.comparison),
  });
}

/**
 * An empty First responses field means "count all", which request settings cannot say over the
 * sheet's number: then the Settings sheet is left out of the analysis.
 */
function snapshotFor({ snapshot, check }: ReadWorkbook, settings: Settings): WorkbookSnapshot {
  if (settings.firstResponses !== undefined || check.settings.firstResponses === undefined) return snapshot;
  return { sheets: snapshot.sheets.filter((s) => !sameName(s.name, SETTINGS)) };
}

function comparisonRequest(snapshot: WorkbookSnapshot, choice: ComparisonChoice | undefined): Partial<AnalyseRequest> {
  switch (choice?.kind) {
    case 'member':
      return { member: choice.member };
    case 'region':
      return { region: choice.region };
    case 'round':
      return { otherRound: { name: choice.sheet, workbook: roundOfSheet(snapshot, choice.sheet) } };
    default:
      return {};
  }
}
