import type { Language, Member } from '../../../core';
import { REGISTRY } from '../../workbook/survey-form';

/** The Member field as the user left it: a Member chosen, or text typed that names none yet. */
export interface MemberChoice {
  readonly member?: Member;
  /** What is typed, while it is not (yet) a Member chosen; absent when the field shows the Member's name. */
  readonly typed?: string;
  /** The text typed was left naming no Member: said under the field, and nothing is created. */
  readonly unmatched?: boolean;
}

export const NO_MEMBER: MemberChoice = {};

/**
 * What the text typed comes to once the user leaves the field: a Member when it is one's name (in
 * either language), code or usual short form; nothing when it is blank; else unmatched.
 */
export function resolveChoice(choice: MemberChoice): MemberChoice {
  if (choice.typed === undefined) return choice;
  if (choice.typed.trim() === '') return NO_MEMBER;
  const match = REGISTRY.match(choice.typed);
  return match.kind === 'found' ? { member: match.member } : { typed: choice.typed, unmatched: true };
}

/** A Member as the list offers it, with what the filter matches: both names and the code, without accents or case. */
export interface MemberOption {
  readonly code: string;
  readonly name: string;
  readonly key: string;
}

/** "Côte d’Ivoire" → "cote d’ivoire": typing "cote" finds it. */
export function foldForFilter(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Every Member, by name in the pane's language. */
export function memberOptions(lang: Language): MemberOption[] {
  return REGISTRY.members
    .map((m) => ({ code: m.code, name: m.name[lang], key: foldForFilter(`${m.name.en} ${m.name.fr} ${m.code}`) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/**
 * The options whose name (either language) or code holds what is typed; all of them when nothing is.
 * Those whose name begins with it come first, then those with a word that does, then the rest ("ma":
 * Malawi, then Guatemala), each in the list's order.
 */
export function filterOptions(options: readonly MemberOption[], typed: string | undefined): readonly MemberOption[] {
  const query = typed === undefined ? '' : foldForFilter(typed);
  if (query === '') return options;
  const rank = (o: MemberOption) => (foldForFilter(o.name).startsWith(query) ? 0 : wordStarts(o.key, query) ? 1 : 2);
  return options
    .filter((o) => o.key.includes(query))
    .map((o, i) => ({ o, i, r: rank(o) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ o }) => o);
}

/** Whether a word of the key (either name, or the code) begins with the query. */
function wordStarts(key: string, query: string): boolean {
  return key.split(/[\s'’\-(),]+/).some((word) => word.startsWith(query));
}
