import { REGISTRY_1998 } from '../src/core/members';
import { serialOfUtc } from '../src/core/workbook/serial';
import type { Size } from './sizes';

/**
 * The synthetic survey of a benchmark workbook: an XLSForm of `items` items in groups of ten
 * (mostly select_one yes_no, every tenth a select_multiple, every tenth from the fifth an integer),
 * and a Responses sheet whose rows cycle through the 1998 registry's Members.
 * Deterministic: the same size gives the same cells, in the .xlsx and in the Excel double.
 */

export type FormCell = string | number | null;
export type ItemType = 'select_one yes_no' | 'select_multiple measures' | 'integer';

const GROUP_SIZE = 10;
const MEASURES = ['code', 'training', 'rotation'];
const FIRST_RECEIVED = serialOfUtc(2024, 1, 8);
export const RECEIVED_FORMAT = 'yyyy-mm-dd';
/** Received dates spread over this many days. */
const RECEIVED_DAYS = 300;

export const itemName = (index: number): string => `q${String(index + 1).padStart(3, '0')}`;

export function itemType(index: number): ItemType {
  if (index % GROUP_SIZE === GROUP_SIZE - 1) return 'select_multiple measures';
  if (index % GROUP_SIZE === 4) return 'integer';
  return 'select_one yes_no';
}

/** The `survey`, `choices` and `settings` sheets, each a header row then its rows. */
export function formSheets({ items }: Size): Record<'survey' | 'choices' | 'settings', FormCell[][]> {
  const survey: FormCell[][] = [['type', 'name', 'label::English (en)', 'label::French (fr)']];
  for (let index = 0; index < items; index++) {
    const group = Math.floor(index / GROUP_SIZE) + 1;
    if (index % GROUP_SIZE === 0) survey.push(['begin group', `g${group}`, `Group ${group}`, `Groupe ${group}`]);
    survey.push([itemType(index), itemName(index), `Question ${index + 1}`, `Question ${index + 1} (fr)`]);
    if (index % GROUP_SIZE === GROUP_SIZE - 1 || index === items - 1) survey.push(['end group']);
  }
  const choices: FormCell[][] = [
    ['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
    ['yes_no', 'yes', 'Yes', 'Oui'],
    ['yes_no', 'no', 'No', 'Non'],
    ['measures', 'code', 'Code of conduct', 'Code de conduite'],
    ['measures', 'training', 'Training', 'Formation'],
    ['measures', 'rotation', 'Rotation of officials', 'Rotation des fonctionnaires'],
  ];
  const settings: FormCell[][] = [
    ['form_title', 'form_id', 'version', 'default_language'],
    ['Benchmark survey', 'bench', '1', 'English (en)'],
  ];
  return { survey, choices, settings };
}

export function responsesHeader({ items }: Size): string[] {
  return ['Member', 'Received', ...Array.from({ length: items }, (_, i) => itemName(i))];
}

/** Row `row` (1-based: row 0 is the header) of the Responses sheet; `null` is a blank cell. */
export function responseRow(row: number, { items }: Size): FormCell[] {
  const members = REGISTRY_1998.members;
  const cells: FormCell[] = [members[(row - 1) % members.length].name.en, FIRST_RECEIVED + ((row - 1) % RECEIVED_DAYS)];
  for (let index = 0; index < items; index++) cells.push(answer(row, index));
  return cells;
}

function answer(row: number, index: number): FormCell {
  const h = hash(row, index);
  if (h % 25 === 0) return null; // about 4% left blank: not answered
  switch (itemType(index)) {
    case 'integer':
      return (h >>> 8) % 500;
    case 'select_multiple measures': {
      const ticked = MEASURES.filter((_, bit) => (h >>> (bit + 20)) & 1);
      return ticked.length > 0 ? ticked.join(' ') : null;
    }
    default:
      // Each item its own share of yes, from 20% to 80%.
      return (h >>> 8) % 100 < 20 + ((index * 37) % 61) ? 'yes' : 'no';
  }
}

/** A small integer hash of a cell's place: varied answers without a random generator. */
function hash(row: number, column: number): number {
  let h = Math.imul(row, 0x9e3779b1) ^ Math.imul(column + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
