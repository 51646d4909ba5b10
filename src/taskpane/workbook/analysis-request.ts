import {
  type AnalyseOutcome,
  type AnalyseRequest,
  analyseWorkbook,
  type Language,
  type RegionCode,
  type ReportSheet,
  roundOfSheet,
  type Settings,
  type WorkbookSnapshot,
} from '../../core';
import type { ReadWorkbook } from './read-workbook';

/** What else the Comparison sheet compares, besides the 1998 published figures: a Member, a region, a second round. */
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

/**
 * The analysis, with its plan of sheets (of `sheet` alone when it names one), as the pane's settings and
 * comparison say, made on the check the pane already has of the workbook. The pane's settings are whole:
 * an empty First responses field means "count all", an empty Population field "the Members of the registry",
 * over the Settings sheet's numbers.
 */
export function analyse(read: ReadWorkbook, choices: AnalysisChoices, sheet?: ReportSheet): AnalyseOutcome {
  return analyseWorkbook(read.snapshot, {
    settings: choices.settings,
    defaultLanguage: choices.paneLanguage,
    today: choices.today,
    check: read.check,
    ...(choices.settings.firstResponses === undefined ? { countAll: true } : {}),
    ...(choices.settings.population === undefined ? { registryPopulation: true } : {}),
    ...(sheet ? { sheet } : {}),
    ...comparisonRequest(read.snapshot, choices.comparison),
  });
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
