import { SURVEY_1998 } from '../../src/core/questionnaire/survey-1998';
import type { Item } from '../../src/core/questionnaire/types';
import { sheet, workbook, type Plain } from './snapshot';
import { day } from './survey';
import { valueOf } from './profile';
import type { BookSpec } from '../hosts/excel/workbooks';

/** Every item of the 1998 questionnaire that takes a choice, in order. */
export const CHOICE_ITEMS: readonly Item[] = SURVEY_1998.sections.flatMap((s) => s.items.filter((i) => i.scale.choices.length > 0));

/**
 * A 1998-style round: one row per Member, every choice item answered (a choice a simple generator picks
 * for each Member and item), in French by the Members listed so, in English by the others. Europe has
 * enough respondents for its figures to show; East and Southern Africa does not.
 */
export const MEMBERS = [
  ['France', 'fr'],
  ['Belgium', 'fr'],
  ['Germany', 'en'],
  ['Italy', 'en'],
  ['Spain', 'en'],
  ['Sweden', 'en'],
  ['Japan', 'en'],
  ['China', 'en'],
  ['Australia', 'en'],
  ['Kenya', 'en'],
  ['Zambia', 'en'],
  ['Senegal', 'fr'],
  ['Morocco', 'fr'],
  ['Canada', 'en'],
  ['Peru', 'en'],
] as const;

/** Who answers what: a choice per Member and item, spread over the scale. */
export function choiceOf(member: number, item: number, choices: number): number {
  return (member * 7 + item * 3 + ((member * item) % 5)) % choices;
}

export interface RoundOptions {
  /** Members whose self-assessment (S9) is left blank. */
  readonly withoutSelfAssessment?: readonly string[];
  /** A Member and a cell of theirs written off the scale. */
  readonly misanswered?: { readonly member: string; readonly item: string; readonly text: string };
  readonly extraSheets?: readonly ReturnType<typeof sheet>[];
}

export function round1998(options: RoundOptions = {}) {
  const rows: Plain[][] = MEMBERS.map(([name, lang], m) => [
    name,
    { date: day(m + 1) },
    ...CHOICE_ITEMS.map((item, i): Plain => {
      if (item.sectionId === 'S9' && options.withoutSelfAssessment?.includes(name)) return null;
      if (options.misanswered?.member === name && options.misanswered.item === item.id) return options.misanswered.text;
      return item.scale.choices[choiceOf(m, i, item.scale.choices.length)].label[lang];
    }),
  ]);
  return workbook(sheet('Responses', [['Member', 'Received', ...CHOICE_ITEMS.map((i) => i.id)], ...rows]), ...(options.extraSheets ?? []));
}

/** CRM rows: France's revenue yield up (improved) and clearance time up (declined: lower is better); one of Japan's. */
export const CRM_ROWS = sheet('CRM Indicators', [
  ['Member', 'Indicator', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
  ['France', 'REV-YIELD', '1996', 500, '1998', 560],
  ['France', 'CLEARANCE-TIME', '1996', 48, '1998', 52],
  ['Japan', 'REV-YIELD', '1996', 900, '1998', 950],
]);

/** The round as a workbook of plain cells (a date received as its serial), for the hosts to build as a file or as Excel's. */
export function roundBook(options: RoundOptions = {}): BookSpec {
  return {
    sheets: round1998(options).sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((row) => Array.from(row, (cell) => (cell === undefined ? null : cell.kind === 'date' ? cell.serial : valueOf(cell)))),
    })),
  };
}
