import type { Scale } from '../questionnaire/types';
import type { DateProblem } from './dates';
import { fold } from '../text/fold';
import { displayCell } from '../workbook/display';
import type { CellValue } from '../workbook/snapshot';

/** What a non-blank answer cell says. Choices are named by their `name` (the 1998 scales' English word). */
export type ParsedAnswer =
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'choices'; readonly choices: readonly string[] }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'text'; readonly text: string }
  /** "1,234" or "1.234" for a decimal: a thousand and more, or one and a bit. */
  | { readonly kind: 'ambiguous'; readonly whole: number; readonly decimal: number }
  /** `problem`: for a date question, why the cell is not a date, where there is more to say. */
  | { readonly kind: 'invalid'; readonly problem?: DateProblem }
  | { readonly kind: 'error'; readonly error: string };

const choiceKeys = new WeakMap<Scale, ReadonlyMap<string, string>>();

/**
 * Folded spelling → choice name: every name, then the labels (English, French, other languages) and
 * aliases that no other choice shares. A name always wins over another choice's label.
 */
function keysOf(scale: Scale): ReadonlyMap<string, string> {
  let keys = choiceKeys.get(scale);
  if (!keys) {
    const names = new Map(scale.choices.map((c) => [fold(c.name), c.name]));
    const others = new Map<string, string | null>();
    for (const c of scale.choices) {
      for (const key of [c.label.en, c.label.fr, ...(c.aliases ?? [])].map(fold)) {
        if (key && !names.has(key)) others.set(key, others.has(key) && others.get(key) !== c.name ? null : c.name);
      }
    }
    keys = new Map([...names, ...[...others].filter((entry): entry is [string, string] => entry[1] !== null)]);
    choiceKeys.set(scale, keys);
  }
  return keys;
}

const spellings = new WeakMap<Scale, Map<string, string | null>>();
/** Enough for every spelling a round uses; free text past it is folded afresh each time. */
const SPELLINGS_KEPT = 10_000;

/**
 * The choice a spelling stands for, if any. Thousands of answers repeat a handful of spellings, and
 * folding one (Unicode normalisation, two Unicode regexes) costs more than the rest of reading it.
 */
export function choiceOf(scale: Scale, spelled: string): string | undefined {
  let known = spellings.get(scale);
  if (!known) spellings.set(scale, (known = new Map()));
  let choice = known.get(spelled);
  if (choice === undefined) {
    choice = keysOf(scale).get(fold(spelled)) ?? null;
    if (known.size < SPELLINGS_KEPT) known.set(spelled, choice);
  }
  return choice ?? undefined;
}

export function parseAnswer(scale: Scale, cell: CellValue): ParsedAnswer {
  if (cell.kind === 'error') return { kind: 'error', error: cell.error };
  if (scale.choices.length === 0) return { kind: 'text', text: displayCell(cell) };
  if (cell.kind === 'boolean') {
    const choice = scale.booleans?.[cell.value ? 'true' : 'false'];
    return choice ? { kind: 'choice', choice } : { kind: 'invalid' };
  }
  if (cell.kind === 'date') return { kind: 'invalid' };
  const choice = choiceOf(scale, cell.kind === 'number' ? String(cell.value) : cell.text);
  return choice ? { kind: 'choice', choice } : { kind: 'invalid' };
}
