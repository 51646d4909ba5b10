import type { SheetPlan } from '../report/plan';
import { SETTINGS, type Settings } from './read-settings';

/**
 * The `Settings` sheet as the task pane saves it: the names and values `readSettings` reads back,
 * always in English so that a workbook means the same in either language.
 */
export function settingsSheet(settings: Settings): SheetPlan {
  return {
    name: SETTINGS,
    blocks: [
      { top: 1, left: 1, rows: [['Setting', 'Value']], style: 'label' },
      {
        top: 2,
        left: 1,
        rows: [
          ['First responses', settings.firstResponses ?? null],
          ['Base', settings.base ?? null],
          ['Language', settings.language ?? null],
          // Only when set: without it the population is the Members of the registry, and the sheet stays as it was.
          ...(settings.population !== undefined ? [['Population', settings.population]] : []),
          // Only an XLSForm questionnaire has one: a 1998 workbook's Settings sheet stays as it was.
          ...(settings.memberQuestion ? [['Member question', settings.memberQuestion]] : []),
        ],
      },
    ],
    tables: [],
    charts: [],
    columnWidths: { 1: 18, 2: 14 },
  };
}
