import { parseNumberText } from '../crm/numbers';
import type { Item, Scale } from '../questionnaire/types';
import type { CellValue } from '../workbook/snapshot';
import { choiceOf, parseAnswer, type ParsedAnswer } from './answers';
import { parseDate } from './dates';
import type { Answer } from './model';

const INVALID: ParsedAnswer = { kind: 'invalid' };
/** Values remembered per question: beyond this many, they are measurements or junk, not answers that repeat. */
const REMEMBERED_VALUES = 256;
const remembered = new WeakMap<Item, Map<string | number, Answer>>();

/**
 * A cell read as its question's type asks. Answers repeat ("Yes" fifty thousand times, the same score):
 * each text or number is read once per question and its answer, which nothing changes, shared.
 */
export function answerOf(item: Item, cell: CellValue): Answer {
  const value = cell.kind === 'text' ? cell.text : cell.kind === 'number' ? cell.value : undefined;
  if (value === undefined) return { item, raw: cell, parsed: readCell(item, cell) };
  let answers = remembered.get(item);
  if (!answers) remembered.set(item, (answers = new Map()));
  let answer = answers.get(value);
  if (answer === undefined) {
    answer = { item, raw: cell, parsed: readCell(item, cell) };
    if (answers.size < REMEMBERED_VALUES) answers.set(value, answer);
  }
  return answer;
}

function readCell(item: Item, cell: CellValue): ParsedAnswer {
  if (cell.kind === 'error') return { kind: 'error', error: cell.error };
  switch (item.type) {
    case 'select_multiple':
      return parseSelections(item.scale, cell);
    case 'integer':
    case 'decimal':
      return parseNumber(cell, item.type === 'integer');
    case 'date':
      return parseDate(cell);
    default:
      return parseAnswer(item.scale, cell);
  }
}

/**
 * The choices of a `select_multiple`: names separated by spaces, as XLSForm stores them, or names and
 * labels separated by commas, semicolons or line breaks; a cell that is one label names one choice.
 */
function parseSelections(scale: Scale, cell: CellValue): ParsedAnswer {
  if (cell.kind !== 'text' && cell.kind !== 'number') return INVALID;
  const text = cell.kind === 'number' ? String(cell.value) : cell.text;
  const whole = choiceOf(scale, text);
  if (whole) return { kind: 'choices', choices: [whole] };
  const parts = text.split(/[,;\n]/.test(text) ? /[,;\n]/ : /\s+/).filter((p) => p.trim() !== '');
  const choices = parts.map((part) => choiceOf(scale, part));
  if (choices.some((c) => c === undefined)) return INVALID;
  return { kind: 'choices', choices: [...new Set(choices as string[])] };
}

/** Numbers as typed in either language ("1 234,5"); "1,234" is ambiguous for a decimal, a thousand and more for an integer. */
function parseNumber(cell: CellValue, integer: boolean): ParsedAnswer {
  const fits = (value: number): ParsedAnswer => (integer && !Number.isInteger(value) ? INVALID : { kind: 'number', value });
  if (cell.kind === 'number') return fits(cell.value);
  if (cell.kind !== 'text') return INVALID;
  const parsed = parseNumberText(cell.text);
  if (parsed.kind === 'ambiguous') return integer ? fits(parsed.whole) : parsed;
  return parsed.kind === 'number' && parsed.written !== 'percent' ? fits(parsed.value) : INVALID;
}
