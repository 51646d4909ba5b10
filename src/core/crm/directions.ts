import type { Localized } from '../i18n/language';
import { fold } from '../text/fold';
import type { Direction } from './types';

export const DIRECTION_LABELS: Readonly<Record<Direction, Localized>> = {
  higher: { en: 'higher', fr: 'hausse' },
  lower: { en: 'lower', fr: 'baisse' },
};

const WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: ['higher', 'higher is better', 'up', 'increase', 'more', 'hausse', 'plus eleve', 'plus haut', 'augmentation', 'plus'],
  lower: ['lower', 'lower is better', 'down', 'decrease', 'less', 'fewer', 'baisse', 'plus bas', 'moins eleve', 'diminution', 'moins'],
};

const BY_KEY: ReadonlyMap<string, Direction> = new Map((Object.keys(WORDS) as Direction[]).flatMap((d) => WORDS[d].map((w) => [fold(w), d])));

/** "Higher", "lower is better", "Hausse", "plus bas": the desired direction, if it is one. */
export function directionOf(text: string): Direction | undefined {
  return BY_KEY.get(fold(text));
}
