import type { UnusableReason } from '../../../src/core/errors';
import { readXlsx } from '../../../src/hosts/file/read-xlsx';
import { unusable, withPart, xlsxBytes, zipOf } from './xlsx-fixtures';

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: its header, then a directory holding the given stream names (UTF-16LE). */
function oleFile(streamNames: string[]): Uint8Array {
  const directory = streamNames.map((name) => Buffer.from(name, 'utf16le'));
  return new Uint8Array(Buffer.concat([Buffer.from(OLE_HEADER), Buffer.alloc(1024), ...directory, Buffer.alloc(64)]));
}

/** Deterministic noise that does not happen to start like a zip or an OLE file. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0, seed = 7; i < length; i++) bytes[i] = seed = (seed * 1103515245 + 12345) % 251;
  bytes[0] = 0x00;
  return bytes;
}

/** The zip with the uncompressed size its central directory gives `path` one byte off: it opens, the part does not. */
function withWrongSize(zip: Uint8Array, path: string): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === path) bytes.writeUInt32LE(bytes.readUInt32LE(at + 24) + 1, at + 24);
  }
  return new Uint8Array(bytes);
}

const xlsxWithOneCell = () => xlsxBytes((workbook) => (workbook.addWorksheet('Survey').getCell('A1').value = 'Q1'));

describe('readXlsx: a file that cannot be used is a WorkbookUnusableError, never a raw ExcelJS or JSZip error', () => {
  describe('judged by its first bytes', () => {
    it.each<[string, () => Uint8Array, UnusableReason]>([
      ['an empty file', () => new Uint8Array(0), 'empty-file'],
      ['random bytes', () => noise(4096), 'not-xlsx'],
      ['a CSV export', () => new Uint8Array(Buffer.from('Country,Score\nKenya,3\n')), 'not-xlsx'],
      ['a PDF', () => new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n')), 'not-xlsx'],
      ['a legacy .xls (an OLE file with a Workbook stream)', () => oleFile(['Workbook', 'SummaryInformation']), 'legacy-xls'],
      ['a password-protected .xlsx (an OLE file with an EncryptionInfo stream)', () => oleFile(['EncryptionInfo', 'EncryptedPackage']), 'password-protected'],
    ])('%s', async (_, bytes, reason) => {
      expect((await unusable(readXlsx(bytes()))).reason).toBe(reason);
    });
  });

  describe('a zip that is not a readable workbook is corrupt, with a short detail', () => {
    it.each<[string, () => Promise<Uint8Array>, string]>([
      ['"PK" then garbage', async () => new Uint8Array(Buffer.from('PK\x03\x04 not really a zip')), 'not a readable zip archive'],
      ['a truncated download', async () => (await xlsxWithOneCell()).slice(0, 2000), 'not a readable zip archive'],
      [
        'a zip whose spreadsheet parts lack the workbook part',
        () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/styles.xml': '<styleSheet/>' }),
        'xl/workbook.xml is missing',
      ],
      [
        'an .xlsx whose workbook part is not XML',
        async () => withPart(await xlsxWithOneCell(), 'xl/workbook.xml', () => '<workbook><sheets><sheet'),
        'the workbook parts could not be read',
      ],
      [
        'an .xlsx whose sheet part is not XML',
        async () => withPart(await xlsxWithOneCell(), 'xl/worksheets/sheet1.xml', () => 'not <<< xml'),
        'the workbook parts could not be read',
      ],
    ])('%s', async (_, bytes, detail) => {
      const error = await unusable(readXlsx(await bytes()), 'corrupt-xlsx');
      expect(error.reason).toBe('corrupt-xlsx');
      expect(error.params.detail).toBe(detail);
    });

    it('an .xlsx whose workbook part is listed with the wrong size', async () => {
      expect((await unusable(readXlsx(withWrongSize(await xlsxWithOneCell(), 'xl/workbook.xml')))).reason).toBe('corrupt-xlsx');
    });

    it('keeps the underlying message, shortened, as the cause', async () => {
      const broken = await withPart(await xlsxWithOneCell(), 'xl/worksheets/sheet1.xml', () => 'not <<< xml');
      const { params } = await unusable(readXlsx(broken), 'corrupt-xlsx');
      expect(typeof params.cause).toBe('string');
      expect(String(params.cause).length).toBeLessThanOrEqual(120);
    });
  });

  describe('a workbook with nothing in it is read, not refused', () => {
    it.each<[string, () => Promise<Uint8Array>]>([
      ['no sheets at all', () => xlsxBytes(() => undefined)],
      ['one sheet with no cells', () => xlsxBytes((workbook) => workbook.addWorksheet('Survey'))],
      [
        'sheets holding only blank text and formatting',
        () =>
          xlsxBytes((workbook) => {
            workbook.addWorksheet('Survey').getCell('A1').value = '   ';
            workbook.addWorksheet('Lists').getCell('B2').numFmt = '0.00';
          }),
      ],
    ])('%s: its sheets, none holding a row (the core says what that means)', async (_, bytes) => {
      const read = await readXlsx(await bytes());
      expect(read.sheets.every((sheet) => sheet.rows.length === 0)).toBe(true);
    });
  });
});
