import { WorkbookUnusableError } from '../../../core';
import type { EditablePackage } from '../package/editable-package';
import { RELATIONSHIP, relationshipsOf, relationshipsPartOf, type Relationship } from '../package/relationships';
import { sheetEntries, type SheetEntry } from '../package/workbook-xml';

const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';

/** The workbook part of a package being written, and what leads from it to its sheets and styles. */
export class WorkbookPart {
  private constructor(
    readonly pkg: EditablePackage,
    /** Its part name, e.g. `xl/workbook.xml`. */
    readonly part: string,
  ) {}

  /** Where the package's relationships say the workbook is. */
  static async locate(pkg: EditablePackage): Promise<WorkbookPart> {
    const relationships = await relationshipsOf(pkg, '');
    const officeDocument = relationships.find(({ type }) => type === RELATIONSHIP.officeDocument);
    // Strict Open XML names its relationships otherwise; its parts would not mix with the transitional ones written here.
    if (officeDocument === undefined && relationships.some(({ type }) => type === STRICT_OFFICE_DOCUMENT)) {
      throw new WorkbookUnusableError('strict-ooxml');
    }
    if (officeDocument?.part === undefined || !pkg.has(officeDocument.part) || !pkg.has('[Content_Types].xml')) {
      throw new WorkbookUnusableError('corrupt-xlsx', { detail: 'the workbook part is missing' });
    }
    return new WorkbookPart(pkg, officeDocument.part);
  }

  get relationshipsPart(): string {
    return relationshipsPartOf(this.part);
  }

  /** The folder new parts go under, e.g. `xl/`. */
  get folder(): string {
    return this.part.slice(0, this.part.lastIndexOf('/') + 1);
  }

  async xml(): Promise<string> {
    return (await this.pkg.text(this.part)) ?? '';
  }

  async edit(change: (xml: string) => string): Promise<void> {
    await this.pkg.edit(this.part, (xml = '') => change(xml));
  }

  async relationships(): Promise<Relationship[]> {
    return relationshipsOf(this.pkg, this.part);
  }

  async sheets(): Promise<SheetEntry[]> {
    return sheetEntries(await this.xml());
  }

  /** Each sheet with the relationship that leads to it (absent when the workbook is inconsistent). */
  async sheetsWithParts(): Promise<Array<{ readonly sheet: SheetEntry; readonly relationship?: Relationship }>> {
    const relationships = await this.relationships();
    return (await this.sheets()).map((sheet) => {
      const relationship = relationships.find(({ id }) => id === sheet.relationshipId);
      return { sheet, ...(relationship ? { relationship } : {}) };
    });
  }

  /** The names of the worksheets (not chart sheets), in order: what docProps/app.xml lists. */
  async worksheetNames(): Promise<string[]> {
    const sheets = await this.sheetsWithParts();
    return sheets.filter(({ relationship }) => relationship?.type === RELATIONSHIP.worksheet).map(({ sheet }) => sheet.name);
  }
}
