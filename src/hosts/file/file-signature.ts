/**
 * What the first bytes of a file say it is, before any attempt to unzip it.
 * An .xlsx is a zip; Excel's encrypted workbooks and legacy .xls files are OLE compound files.
 */
export type FileSignature = 'empty' | 'zip' | 'encrypted-ooxml' | 'legacy-xls' | 'unknown';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Excel keeps a password-protected .xlsx in an OLE file with an "EncryptionInfo" stream. */
const ENCRYPTION_INFO_NAME = utf16le('EncryptionInfo');

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (!startsWith(bytes, OLE_MAGIC)) return 'unknown';
  return contains(bytes, ENCRYPTION_INFO_NAME) ? 'encrypted-ooxml' : 'legacy-xls';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The stream names live in the OLE directory, which may sit anywhere in the file. */
function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const last = bytes.length - needle.length;
  for (let start = bytes.indexOf(needle[0]); start !== -1 && start <= last; start = bytes.indexOf(needle[0], start + 1)) {
    if (needle.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

function utf16le(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}
