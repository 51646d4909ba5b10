import type { EditablePackage } from '../package/editable-package';
import { RELATIONSHIP, relationshipsOf } from '../package/relationships';
import { decodeXml, elements, escapeText, firstElement, replaceSpan, type XmlElement } from '../package/xml';

/**
 * docProps/app.xml lists the worksheets' names (File › Info, a file manager's details), in a
 * group of its HeadingPairs whose name depends on Excel's language. The group is the one that
 * lists exactly the worksheets the workbook had; it is rewritten to list those it has now.
 * When no group does (another producer's idea of the part), the part is left as it was: it is
 * informative only, and Excel rewrites it on the next save.
 */
export async function updateWorksheetTitles(pkg: EditablePackage, before: readonly string[], after: readonly string[]): Promise<void> {
  if (sameList(before, after)) return;
  const properties = (await relationshipsOf(pkg, '')).find(({ type }) => type === RELATIONSHIP.extendedProperties);
  if (properties?.part === undefined || !pkg.has(properties.part)) return;
  await pkg.edit(properties.part, (xml = '') => withWorksheetTitles(xml, before, after));
}

function withWorksheetTitles(xml: string, before: readonly string[], after: readonly string[]): string {
  const headingPairs = firstElement(xml, 'HeadingPairs');
  const titlesOfParts = firstElement(xml, 'TitlesOfParts');
  const titleVector = titlesOfParts && firstElement(titlesOfParts.inner ?? '', 'vector');
  if (headingPairs === undefined || titlesOfParts === undefined || titleVector?.inner === undefined) return xml;
  const titles = elements(titleVector.inner, 'lpstr').map(({ inner }) => decodeXml(inner ?? ''));
  const counts = elements(headingPairs.inner ?? '', 'i4');
  let offset = 0;
  for (const count of counts) {
    const size = Number(count.inner);
    if (size === before.length && sameList(titles.slice(offset, offset + size), before)) {
      const newTitles = [...titles.slice(0, offset), ...after, ...titles.slice(offset + size)];
      const vectorAt = innerStart(titlesOfParts) + titleVector.start;
      const withTitles = replaceSpan(xml, vectorAt, vectorAt + titleVector.end - titleVector.start, vectorXml(titleVector, newTitles));
      const countAt = innerStart(headingPairs) + innerStart(count);
      return replaceSpan(withTitles, countAt, countAt + (count.inner ?? '').length, String(after.length));
    }
    offset += size;
  }
  return xml;
}

function vectorXml(vector: XmlElement, titles: readonly string[]): string {
  const p = vector.prefix;
  const items = titles.map((title) => `<${p}lpstr>${escapeText(title)}</${p}lpstr>`);
  return `<${p}vector size="${titles.length}" baseType="lpstr">${items.join('')}</${p}vector>`;
}

function innerStart(element: XmlElement): number {
  return element.start + element.startTag.length;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
