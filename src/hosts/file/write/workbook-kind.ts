import { EditablePackage } from '../package/editable-package';
import { relationshipsOf } from '../package/relationships';
import { elements } from '../package/xml';

/**
 * What a package is, as Excel tells it before opening it: a workbook with macros (its workbook part's
 * content type `application/vnd.ms-excel.sheet.macroEnabled.main+xml`, and a VBA project) or one
 * without. Excel opens each only under its own extension, .xlsm or .xlsx, whatever the file holds
 * else ("the file format or file extension is not valid").
 */
export type WorkbookKind = 'xlsx' | 'xlsm';

const MACRO_ENABLED = /^application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml$/i;

/**
 * The kind of the workbook in `bytes`, from its workbook part's content type (an .xlsm renamed .xlsx is
 * an .xlsm). A package that cannot be read as one is an .xlsx here: reading or writing it says what is wrong.
 */
export async function workbookKind(bytes: Uint8Array): Promise<WorkbookKind> {
  try {
    const pkg = await EditablePackage.open(bytes);
    // Transitional or Strict: the workbook is the package's officeDocument.
    const workbook = (await relationshipsOf(pkg, '')).find(({ type }) => /\/officeDocument$/.test(type))?.part;
    if (workbook === undefined) return 'xlsx';
    const override = elements((await pkg.text('[Content_Types].xml')) ?? '', 'Override').find(
      ({ attributes }) => (attributes.PartName ?? '').replace(/^\//, '').toLowerCase() === workbook.toLowerCase(),
    );
    return MACRO_ENABLED.test(override?.attributes.ContentType ?? '') ? 'xlsm' : 'xlsx';
  } catch {
    return 'xlsx';
  }
}
