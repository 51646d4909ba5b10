import type { Scale } from '../questionnaire/types';
import { fold } from '../text/fold';
import { displayCell } from '../workbook/display';
import type { CellValue } from '../workbook/snapshot';

/** What a non-blank answer cell says. `choice` is the English name of the scale's choice. */
export type ParsedAnswer =
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'error'; readonly error: string };

const choiceKeys = new WeakMap<Scale, ReadonlyMap<string, string>>();

/** Folded spelling → choice name, in English, French and the scale's aliases. */
function keysOf(scale: Scale): ReadonlyMap<string, string> {
  let keys = choiceKeys.get(scale);
  if (!keys) {
    keys = new Map(
      scale.choices.flatMap((c) => [c.name, c.label.en, c.label.fr, ...(c.aliases ?? [])].map((s) => [fold(s), c.name])),
    );
    choiceKeys.set(scale, keys);
  }
  return keys;
}

export function parseAnswer(scale: Scale, cell: CellValue): ParsedAnswer {
  if (cell.kind === 'error') return { kind: 'error', error: cell.error };
  if (scale.choices.length === 0) return { kind: 'text', text: displayCell(cell) };
  if (cell.kind === 'boolean') {
    const choice = scale.booleans?.[cell.value ? 'true' : 'false'];
    return choice ? { kind: 'choice', choice } : { kind: 'invalid' };
  }
  if (cell.kind === 'date') return { kind: 'invalid' };
  const spelled = cell.kind === 'number' ? String(cell.value) : cell.text;
  const choice = keysOf(scale).get(fold(spelled));
  return choice ? { kind: 'choice', choice } : { kind: 'invalid' };
}
