import { OWNED_SHEET_NAME } from '../../ownership';
import { RELATIONSHIPS_NAMESPACE } from '../package/relationships';
import { definedNames, sheetEntries, type SheetEntry } from '../package/workbook-xml';
import {
  declaredPrefix,
  elements,
  escapeAttribute,
  escapeText,
  firstElement,
  replaceSpan,
  rootPrefix,
  withAttribute,
  withChildrenAppended,
  type XmlElement,
} from '../package/xml';
import { absoluteReference, rowsReference } from './sheet-reference';

/** Edits of workbook.xml, as text: its sheets and the names that belong to them. */

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * workbook.xml without a sheet: its entry and the names scoped to it go, and since sheet-scoped
 * names and workbook views give sheets by position, the positions of the sheets after it move down.
 */
export function withoutSheet(xml: string, removed: SheetEntry): string {
  const entry: Edit = { start: removed.element.start, end: removed.element.end, text: '' };
  return withoutEmptyDefinedNames(applied(xml, [entry, ...scopedNameEdits(xml, removed), ...workbookViewEdits(xml, removed)]));
}

function scopedNameEdits(xml: string, removed: SheetEntry): Edit[] {
  return definedNames(xml).flatMap(({ localSheetId, element }) => {
    if (localSheetId === undefined || localSheetId < removed.position) return [];
    if (localSheetId === removed.position) return [{ start: element.start, end: element.end, text: '' }];
    return [startTagEdit(element, withAttribute(element.startTag, 'localSheetId', String(localSheetId - 1)))];
  });
}

/** The active tab and the first tab shown stay on the same sheets. */
function workbookViewEdits(xml: string, removed: SheetEntry): Edit[] {
  return elements(xml, 'workbookView').flatMap((view) => {
    const startTag = ['activeTab', 'firstSheet'].reduce((tag, attribute) => {
      const position = Number(view.attributes[attribute] ?? 0);
      return position > removed.position ? withAttribute(tag, attribute, String(position - 1)) : tag;
    }, view.startTag);
    return startTag === view.startTag ? [] : [startTagEdit(view, startTag)];
  });
}

function startTagEdit(element: XmlElement, startTag: string): Edit {
  return { start: element.start, end: element.start + element.startTag.length, text: startTag };
}

export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** Marked as the add-in's own; a sheet it makes for the user to keep (an input sheet) is not. */
  readonly owned: boolean;
  /** The rows printed atop every page, as `$5:$5`, and the columns at the left, as `$A:$B`: Excel's sheet-scoped `_xlnm.Print_Titles`. */
  readonly printTitles?: { readonly rows?: string | undefined; readonly columns?: string | undefined } | undefined;
}

/** Excel's built-in name for the rows (and columns) printed on every page. */
export const PRINT_TITLES_NAME = '_xlnm.Print_Titles';

/** workbook.xml with a sheet added after the others. */
export function withSheet(xml: string, sheet: NewSheetEntry): string {
  const p = rootPrefix(xml);
  const r = declaredPrefix(xml, RELATIONSHIPS_NAMESPACE);
  const id = r === undefined ? `xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id` : `${r}:id`;
  const name = escapeAttribute(sheet.name);
  const entry = `<${p}sheet name="${name}" sheetId="${sheet.sheetId}" ${id}="${escapeAttribute(sheet.relationshipId)}"/>`;
  const withEntry = withChildrenAppended(xml, 'sheets', entry) ?? xml;
  const position = sheetEntries(withEntry).length - 1;
  // Scoped to the sheet's position, like the mark: removing the sheet removes it (withoutSheet).
  // Excel writes the columns first: 'Responses'!$A:$A,'Responses'!$1:$1.
  const parts = [sheet.printTitles?.columns, sheet.printTitles?.rows].filter((part): part is string => part !== undefined);
  const titles = escapeText(parts.map((part) => rowsReference(sheet.name, part)).join(','));
  const withTitles =
    titles === ''
      ? withEntry
      : withDefinedName(withEntry, `<${p}definedName name="${PRINT_TITLES_NAME}" localSheetId="${position}">${titles}</${p}definedName>`);
  if (!sheet.owned) return withTitles;
  const a1 = escapeText(absoluteReference(sheet.name, { top: 1, left: 1, bottom: 1, right: 1 }));
  return withDefinedName(withTitles, `<${p}definedName name="${OWNED_SHEET_NAME}" localSheetId="${position}" hidden="1">${a1}</${p}definedName>`);
}

/** definedNames comes right after sheets, functionGroups and externalReferences in the schema's order. */
function withDefinedName(xml: string, definedName: string): string {
  const appended = withChildrenAppended(xml, 'definedNames', definedName);
  if (appended !== undefined) return appended;
  const p = rootPrefix(xml);
  const before = ['externalReferences', 'functionGroups', 'sheets'].map((name) => firstElement(xml, name)).find((element) => element !== undefined);
  const at = before?.end ?? 0;
  return replaceSpan(xml, at, at, `<${p}definedNames>${definedName}</${p}definedNames>`);
}

function withoutEmptyDefinedNames(xml: string): string {
  const container = firstElement(xml, 'definedNames');
  if (container === undefined || elements(container.inner ?? '', 'definedName').length > 0) return xml;
  return replaceSpan(xml, container.start, container.end, '');
}

/** Edits applied from the last to the first, so that each one's offsets are still right. */
function applied(xml: string, edits: readonly Edit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((edited, { start, end, text }) => replaceSpan(edited, start, end, text), xml);
}
