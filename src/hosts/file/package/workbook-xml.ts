import { sameExcelName } from '../../../core';
import { OWNED_SHEET_NAME } from '../../ownership';
import { elements, type XmlElement } from './xml';

/** What the workbook part says about its sheets and names. */

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The workbook relationship that leads to the sheet's part. */
  readonly relationshipId: string;
  /** Its place among all the sheets (chart sheets too), from 0: what a sheet-scoped name's `localSheetId` is. */
  readonly position: number;
  readonly element: XmlElement;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** The position of the sheet the name belongs to; undefined for a workbook-wide name. */
  readonly localSheetId?: number;
  readonly element: XmlElement;
}

export function sheetEntries(workbookXml: string): SheetEntry[] {
  return elements(workbookXml, 'sheet').map((element, position) => {
    const { attributes } = element;
    const relationshipId = Object.entries(attributes).find(([name]) => name.endsWith(':id'))?.[1] ?? '';
    return { name: attributes.name ?? '', sheetId: Number(attributes.sheetId), relationshipId, position, element };
  });
}

export function definedNames(workbookXml: string): DefinedNameEntry[] {
  return elements(workbookXml, 'definedName').map((element) => {
    const localSheetId = element.attributes.localSheetId;
    return { name: element.attributes.name ?? '', ...(localSheetId === undefined ? {} : { localSheetId: Number(localSheetId) }), element };
  });
}

/** The sheets marked as the add-in's own, by the sheet-scoped hidden name of `ownership.ts`. */
export function ownedSheets(workbookXml: string): SheetEntry[] {
  const marked = new Set(
    definedNames(workbookXml)
      .filter(({ name }) => sameExcelName(name, OWNED_SHEET_NAME))
      .map(({ localSheetId }) => localSheetId),
  );
  return sheetEntries(workbookXml).filter(({ position }) => marked.has(position));
}
