import {
  submissionTemplate,
  TEMPLATE_MEMBER_CELL,
  templateSheetName,
  usableQuestionnaire,
  type CellRef,
  type CheckRequest,
  type Language,
  type Member,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from '../../core';
import { REGISTRY } from './survey-form';

/** A submission sheet to add to the workbook, and where the coordinator starts filling it in. */
export interface TemplateSheet {
  readonly sheetName: string;
  /** One input sheet: the host adds it as the user's own, and replaces nothing. */
  readonly plan: WorkbookPlan;
  /** The Member cell (C3). */
  readonly start: CellRef;
}

/**
 * The submission sheet for a Member (or for one to choose) in a language, under a name no sheet of the
 * workbook has, for the workbook's questionnaire: its XLSForm's, or the built-in one.
 */
export function templateSheet(snapshot: WorkbookSnapshot, member: Member | undefined, language: Language, request: CheckRequest = {}): TemplateSheet {
  const sheetName = templateSheetName(
    member,
    language,
    snapshot.sheets.map((s) => s.name),
  );
  const sheet = { sheetName, language, ...(member ? { member } : {}) };
  return {
    sheetName,
    plan: { sheets: [submissionTemplate(sheet, usableQuestionnaire(snapshot, request), REGISTRY)] },
    start: { sheet: sheetName, cell: TEMPLATE_MEMBER_CELL },
  };
}
