import type { EditablePackage } from '../package/editable-package';
import { relationshipsIn, relationshipsOf, sourceOfRelationshipsPart } from '../package/relationships';

/**
 * A part and everything that comes with it: the parts its relationships lead to, and theirs,
 * except those that some other part also leads to (an image two drawings share, a pivot cache
 * the workbook lists). The relationships leading to `root` itself are not looked at.
 */
export async function partsThatGoWith(pkg: EditablePackage, root: string): Promise<string[]> {
  const reached = await reachableFrom(pkg, [root], () => true);
  const sharedEntries = await partsLedToFromOutside(pkg, reached, root);
  const shared = await reachableFrom(pkg, [...sharedEntries], (part) => reached.has(keyOf(part)));
  return [...reached.values()].filter((part) => !shared.has(keyOf(part)));
}

/** Parts reachable from `starts` (included) through relationships, staying within `allowed`. */
async function reachableFrom(pkg: EditablePackage, starts: readonly string[], allowed: (part: string) => boolean): Promise<Map<string, string>> {
  const reached = new Map<string, string>();
  const pending = [...starts];
  for (let part = pending.pop(); part !== undefined; part = pending.pop()) {
    if (reached.has(keyOf(part))) continue;
    reached.set(keyOf(part), part);
    for (const { part: next } of await relationshipsOf(pkg, part)) {
      if (next !== undefined && pkg.has(next) && allowed(next)) pending.push(next);
    }
  }
  return reached;
}

async function partsLedToFromOutside(pkg: EditablePackage, reached: ReadonlyMap<string, string>, root: string): Promise<Set<string>> {
  const ledTo = new Set<string>();
  for (const relationshipsPart of pkg.parts()) {
    const source = sourceOfRelationshipsPart(relationshipsPart);
    if (source === undefined || reached.has(keyOf(source))) continue;
    for (const { part } of relationshipsIn((await pkg.text(relationshipsPart)) ?? '', source)) {
      if (part !== undefined && keyOf(part) !== keyOf(root) && reached.has(keyOf(part))) ledTo.add(reached.get(keyOf(part))!);
    }
  }
  return ledTo;
}

function keyOf(part: string): string {
  return part.toLowerCase();
}
