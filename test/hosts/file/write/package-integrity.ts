import JSZip from 'jszip';
import { relationshipsIn, sourceOfRelationshipsPart } from '../../../../src/hosts/file/package/relationships';

/**
 * What Excel checks of a package before it reads a cell: every relationship leads to a part,
 * every part has a content type, every content type Override names a part, and every part is
 * reached from the package's relationships (no orphans). Returns the problems found.
 */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files)
    .filter(({ dir }) => !dir)
    .map(({ name }) => name);
  const has = (part: string) => parts.some((name) => name.toLowerCase() === part.toLowerCase());
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map(([, part]) => part);
  const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map(([, extension]) => extension.toLowerCase());
  const problems: string[] = [];
  const reached = new Set<string>();
  for (const relsPart of parts.filter((part) => part.endsWith('.rels'))) {
    const source = sourceOfRelationshipsPart(relsPart)!;
    if (source !== '' && !has(source)) problems.push(`${relsPart} speaks for a missing part`);
    for (const { id, part } of relationshipsIn(await zip.file(relsPart)!.async('string'), source)) {
      if (part === undefined) continue;
      reached.add(part.toLowerCase());
      if (!has(part)) problems.push(`${relsPart} ${id} leads to missing ${part}`);
    }
  }
  for (const part of overrides.filter((override) => !has(override))) problems.push(`content type for missing ${part}`);
  for (const part of parts.filter((name) => name !== '[Content_Types].xml' && !name.endsWith('.rels'))) {
    if (!overrides.includes(part) && !defaults.includes(part.split('.').pop()!.toLowerCase())) problems.push(`no content type for ${part}`);
    if (!reached.has(part.toLowerCase())) problems.push(`nothing leads to ${part}`);
  }
  return problems;
}
