import { editDistance } from '../text/distance';
import { foldTight } from '../text/fold';
import type { Indicator } from './types';

export type IndicatorMatch = { readonly kind: 'found'; readonly indicator: Indicator } | { readonly kind: 'unknown'; readonly suggestion?: Indicator };

export interface IndicatorCatalogue {
  /** In catalogue order: the order of the summary. */
  readonly indicators: readonly Indicator[];
  /** Resolves an indicator as users write it: its ID or its English or French label, leniently. */
  match(text: string): IndicatorMatch;
}

export function createCatalogue(indicators: readonly Indicator[]): IndicatorCatalogue {
  const byKey = new Map<string, Indicator>();
  // IDs last, so that an ID wins over another indicator's label that folds alike.
  for (const indicator of indicators) {
    for (const label of [indicator.label.en, indicator.label.fr]) byKey.set(foldTight(label), indicator);
  }
  for (const indicator of indicators) byKey.set(foldTight(indicator.id), indicator);
  return {
    indicators,
    match(text) {
      const key = foldTight(text);
      const indicator = byKey.get(key);
      if (indicator) return { kind: 'found', indicator };
      const suggestion = nearest(key, byKey);
      return { kind: 'unknown', ...(suggestion ? { suggestion } : {}) };
    },
  };
}

/** The indicator fewest typing slips away, if only one is; else the only one whose ID or label starts with the text. */
function nearest(key: string, byKey: ReadonlyMap<string, Indicator>): Indicator | undefined {
  if (key.length < 3) return undefined;
  let best = Math.max(1, Math.floor(key.length / 4));
  let closest = new Set<Indicator>();
  for (const [candidate, indicator] of byKey) {
    const distance = editDistance(key, candidate);
    if (distance > best) continue;
    if (distance < best) closest = new Set();
    best = distance;
    closest.add(indicator);
  }
  const prefixed = new Set([...byKey].filter(([candidate]) => candidate.startsWith(key)).map(([, i]) => i));
  return single(closest) ?? single(prefixed);
}

function single(indicators: ReadonlySet<Indicator>): Indicator | undefined {
  return indicators.size === 1 ? [...indicators][0] : undefined;
}
