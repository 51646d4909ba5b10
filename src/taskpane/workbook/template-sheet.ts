import { submissionTemplate, templateSheetName, type CellRef, type Language, type Member, type WorkbookPlan, type WorkbookSnapshot } from '../../core';
import { QUESTIONNAIRE, REGISTRY } from './survey-form';

/** A submission sheet to add to the workbook, and where the coordinator starts filling it in. */
export interface TemplateSheet {
  readonly sheetName: string;
  /** One input sheet: the host adds it as the user's own, and replaces nothing. */
  readonly plan: WorkbookPlan;
  /** The Member cell, C2. */
  readonly start: CellRef;
}

/** The submission sheet for a Member (or for one to choose) in a language, under a name no sheet of the workbook has. */
export function templateSheet(snapshot: WorkbookSnapshot, member: Member | undefined, language: Language): TemplateSheet {
  const sheetName = templateSheetName(
    member,
    language,
    snapshot.sheets.map((s) => s.name),
  );
  const request = { sheetName, language, ...(member ? { member } : {}) };
  return {
    sheetName,
    plan: { sheets: [submissionTemplate(request, QUESTIONNAIRE, REGISTRY)] },
    start: { sheet: sheetName, cell: 'C2' },
  };
}
