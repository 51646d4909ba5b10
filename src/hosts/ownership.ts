/**
 * How a host marks a sheet as the add-in's own: a hidden defined name scoped to that sheet,
 * pointing at its A1. Excel and every .xlsx reader keep it through renames, moves and
 * save/reopen, and it goes away with the sheet.
 */
export const OWNED_SHEET_NAME = '_wcoSurveyOwned';
