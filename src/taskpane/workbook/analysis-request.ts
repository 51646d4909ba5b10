import {
  type AnalyseOutcome,
  type AnalyseRequest,
  analyseWorkbook,
  type Language,
  profileWorkbook,
  type ProfileRequest,
  type RegionCode,
  type ReportSheet,
  roundOfSheet,
  type Settings,
  type WorkbookSnapshot,
  type WrittenProfile,
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
 * What every analysis the pane asks for is counted with: the pane's settings and language, on the check
 * it already has of the workbook. The pane's settings are whole: an empty First responses field means
 * "count all", an empty Population field "the Members of the registry", over the Settings sheet's numbers.
 */
function countingRequest(read: ReadWorkbook, choices: AnalysisChoices): Omit<ProfileRequest, 'members' | 'language'> {
  return {
    settings: choices.settings,
    defaultLanguage: choices.paneLanguage,
    today: choices.today,
    check: read.check,
    ...(choices.settings.firstResponses === undefined ? { countAll: true } : {}),
    ...(choices.settings.population === undefined ? { registryPopulation: true } : {}),
  };
}

/** The analysis, with its plan of sheets (of `sheet` alone when it names one), as the pane's settings and comparison say. */
export function analyse(read: ReadWorkbook, choices: AnalysisChoices, sheet?: ReportSheet): AnalyseOutcome {
  return analyseWorkbook(read.snapshot, {
    ...countingRequest(read, choices),
    ...(sheet ? { sheet } : {}),
    ...comparisonRequest(read.snapshot, choices.comparison),
  });
}

/**
 * The profile of the Member `member` (its code or name), counted as the analysis is, in the language the
 * Member answered in. A Member without a submission is the core's RequestError.
 */
export function profileOf(read: ReadWorkbook, choices: AnalysisChoices, member: string): WrittenProfile {
  const [written] = profileWorkbook(read.snapshot, { ...countingRequest(read, choices), members: [member] });
  return written;
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
