import { editDistance } from '../text/distance';
import { foldTight, visibleText } from '../text/fold';
import { asLatin, foreignLetters, type ForeignLetter } from '../text/scripts';
import { MEMBER_ALIASES } from './aliases';
import type { Member, MemberRecord, RegionCode } from './types';

export type MemberMatch =
  | { readonly kind: 'found'; readonly member: Member }
  /**
   * `suggestion`: the Member a few typing slips away, if only one is. `foreign`: the letters of a Latin name
   * typed in another alphabet (a Cyrillic А in "Аlbania"), which make it no Member's name as written.
   */
  | { readonly kind: 'unknown'; readonly suggestion?: Member; readonly foreign?: readonly ForeignLetter[] };

export interface MemberRegistry {
  readonly members: readonly Member[];
  byCode(code: string): Member | undefined;
  /** The Members of a WCO region, in the registry's order: the region's population, where the survey went to the Members. */
  membersIn(region: RegionCode): readonly Member[];
  /** Resolves a name (English, French, code or short form) as respondents write it. */
  match(name: string): MemberMatch;
}

export function createRegistry(records: readonly MemberRecord[], aliases: Readonly<Record<string, readonly string[]>> = MEMBER_ALIASES): MemberRegistry {
  const members: Member[] = records.map(([code, en, fr, region]) => ({ code, name: { en, fr }, region }));
  const byCode = new Map(members.map((m) => [m.code, m]));
  const byKey = new Map<string, Member>();
  for (const member of members) {
    const names = [member.code, member.name.en, member.name.fr, ...(aliases[member.code] ?? [])];
    for (const name of names) byKey.set(foldTight(name), member);
  }
  return {
    members,
    byCode: (code) => byCode.get(visibleText(code).trim().toUpperCase()),
    membersIn: (region) => members.filter((m) => m.region === region),
    match(name) {
      const key = foldTight(name);
      const member = byKey.get(key);
      if (member) return { kind: 'found', member };
      const foreign = foreignLetters(name);
      if (foreign.length === 0) {
        const suggestion = nearest(key, byKey);
        return { kind: 'unknown', ...(suggestion ? { suggestion } : {}) };
      }
      // The name as it looks: the Member whose name it is, typed partly in another alphabet.
      const latin = foldTight(asLatin(name));
      const suggestion = byKey.get(latin) ?? nearest(latin, byKey);
      return { kind: 'unknown', ...(suggestion ? { suggestion } : {}), foreign };
    },
  };
}

/** The Member whose name is a few typing slips away, if only one is that close. */
function nearest(key: string, byKey: ReadonlyMap<string, Member>): Member | undefined {
  if (key.length < 3) return undefined;
  const allowed = Math.max(1, Math.floor(key.length / 4));
  let best: { member: Member; distance: number } | undefined;
  let tie = false;
  for (const [candidate, member] of byKey) {
    if (Math.abs(candidate.length - key.length) > allowed) continue;
    const distance = editDistance(key, candidate);
    if (distance > allowed) continue;
    if (!best || distance < best.distance) {
      best = { member, distance };
      tie = false;
    } else if (distance === best.distance && member !== best.member) {
      tie = true;
    }
  }
  return best && !tie ? best.member : undefined;
}
