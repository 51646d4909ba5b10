import type { EditablePackage } from '../package/editable-package';
import { elements, escapeAttribute, replaceSpan, rootPrefix, withChildrenAppended } from '../package/xml';

/** `[Content_Types].xml`: the content type of each part the writer adds, by an Override of its own. */

const CONTENT_TYPES = '[Content_Types].xml';
const SPREADSHEETML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const CONTENT_TYPE = {
  worksheet: `${SPREADSHEETML}.worksheet+xml`,
  table: `${SPREADSHEETML}.table+xml`,
  styles: `${SPREADSHEETML}.styles+xml`,
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

export async function addOverride(pkg: EditablePackage, part: string, contentType: string): Promise<void> {
  await pkg.edit(CONTENT_TYPES, (xml = '') => {
    const override = `<${rootPrefix(xml)}Override PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>`;
    return withChildrenAppended(xml, 'Types', override) ?? xml;
  });
}

/** Drops the Overrides of `parts` (part names ignore case). */
export async function removeOverrides(pkg: EditablePackage, parts: readonly string[]): Promise<void> {
  const removed = new Set(parts.map((part) => part.toLowerCase()));
  await pkg.edit(CONTENT_TYPES, (xml = '') =>
    elements(xml, 'Override')
      .filter(({ attributes }) => removed.has((attributes.PartName ?? '').replace(/^\//, '').toLowerCase()))
      .reverse()
      .reduce((edited, { start, end }) => replaceSpan(edited, start, end, ''), xml),
  );
}
