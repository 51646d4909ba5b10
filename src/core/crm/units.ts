import { fold } from '../text/fold';
import type { Unit } from './types';

export const PERCENT: Unit = { key: '%', label: { en: '%', fr: '%' } };
export const HOURS: Unit = { key: 'hours', label: { en: 'hours', fr: 'heures' } };
export const DAYS: Unit = { key: 'days', label: { en: 'days', fr: 'jours' } };
export const COUNT: Unit = { key: 'count', label: { en: 'count', fr: 'nombre' } };
export const USD_MILLION: Unit = { key: 'USD million', label: { en: 'USD million', fr: 'millions USD' } };
export const USD_PER_DECLARATION: Unit = {
  key: 'USD per declaration',
  label: { en: 'USD per declaration', fr: 'USD par déclaration' },
};

const KNOWN: ReadonlyArray<readonly [Unit, readonly string[]]> = [
  [PERCENT, ['percent', 'per cent', 'percentage', 'pourcent', 'pour cent', 'pourcentage', 'pct']],
  [HOURS, ['hour', 'h', 'heure']],
  [DAYS, ['day', 'd', 'jour', 'j']],
  [COUNT, ['number', 'cases', 'nb', 'nombre de cas']],
  [USD_MILLION, ['million USD', 'USD m', 'USD millions', 'millions de USD', 'millions de dollars', 'million US dollars']],
  [USD_PER_DECLARATION, ['USD par declaration', 'USD/declaration']],
];

// "%" folds to nothing: it is matched as written, below.
const BY_KEY: ReadonlyMap<string, Unit> = new Map(
  KNOWN.flatMap(([unit, aliases]) => [unit.key, unit.label.en, unit.label.fr, ...aliases].map((s) => [fold(s), unit] as const).filter(([key]) => key !== '')),
);

/** A unit as a catalogue sheet writes it: a known unit in either language, else the text itself in both. */
export function unitOf(text: string): Unit {
  const trimmed = text.trim();
  if (trimmed === '%') return PERCENT;
  return BY_KEY.get(fold(trimmed)) ?? { key: trimmed, label: { en: trimmed, fr: trimmed } };
}
