/** The file host on disk, in Node only: workbook files opened, read and saved whole. */
export { openXlsxFile, readXlsxFile, saveXlsxFile, type XlsxFile } from './xlsx-file';
