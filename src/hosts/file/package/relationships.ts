import type { EditablePackage } from './editable-package';
import { elements, escapeAttribute, replaceSpan, rootPrefix, withChildrenAppended, XML_DECLARATION } from './xml';

/** How the parts of a package point at each other: a `.rels` part beside each source part. */

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const RELATIONSHIPS_NAMESPACE = OFFICE;

export const RELATIONSHIP = {
  officeDocument: `${OFFICE}/officeDocument`,
  extendedProperties: `${OFFICE}/extended-properties`,
  worksheet: `${OFFICE}/worksheet`,
  styles: `${OFFICE}/styles`,
  calcChain: `${OFFICE}/calcChain`,
  table: `${OFFICE}/table`,
  drawing: `${OFFICE}/drawing`,
  chart: `${OFFICE}/chart`,
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part pointed at; undefined for an external target (a URL, another file). */
  readonly part?: string;
}

/** A relationship to write: `target` relative to its source part. */
export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package itself (`''`) → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a `.rels` part speaks for (`''` for the package); undefined for any other part. */
export function sourceOfRelationshipsPart(part: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(part);
  return match === null ? undefined : match[1] + match[2];
}

export async function relationshipsOf(pkg: EditablePackage, source: string): Promise<Relationship[]> {
  const xml = await pkg.text(relationshipsPartOf(source));
  return xml === undefined ? [] : relationshipsIn(xml, source);
}

export function relationshipsIn(xml: string, source: string): Relationship[] {
  return elements(xml, 'Relationship').map(({ attributes }) => ({
    id: attributes.Id ?? '',
    type: attributes.Type ?? '',
    ...(attributes.TargetMode === 'External' ? {} : { part: resolveTarget(source, attributes.Target ?? '') }),
  }));
}

/** The part a target names, relative to the folder of `source` unless it starts with `/`. */
function resolveTarget(source: string, target: string): string {
  const segments = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded(target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The target to write in the relationships of `source` for `part`: `../tables/table1.xml`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** `rId` followed by a number above every numbered id already there. */
export function freshRelationshipId(taken: readonly Relationship[]): string {
  const numbers = taken
    .map(({ id }) => /^rId(\d+)$/.exec(id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  return `rId${Math.max(0, ...numbers) + 1}`;
}

export function relationshipsXml(relationships: readonly NewRelationship[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships
    .map((relationship) => relationshipXml(relationship))
    .join('')}</Relationships>`;
}

export function withRelationship(xml: string | undefined, relationship: NewRelationship): string {
  if (xml === undefined) return relationshipsXml([relationship]);
  return withChildrenAppended(xml, 'Relationships', relationshipXml(relationship, rootPrefix(xml))) ?? relationshipsXml([relationship]);
}

export function withoutRelationship(xml: string, id: string): string {
  const found = elements(xml, 'Relationship').find(({ attributes }) => attributes.Id === id);
  return found === undefined ? xml : replaceSpan(xml, found.start, found.end, '');
}

function relationshipXml({ id, type, target }: NewRelationship, prefix = ''): string {
  return `<${prefix}Relationship Id="${escapeAttribute(id)}" Type="${type}" Target="${escapeAttribute(target)}"/>`;
}

function decoded(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
