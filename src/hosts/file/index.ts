/** The file host: .xlsx packages read and written in memory, in Node or in a browser. Files on disk: `./node`. */
export { readXlsx } from './read-xlsx';
export { XlsxHost } from './xlsx-host';
export { newXlsx } from './write/new-xlsx';
export { workbookKind, type WorkbookKind } from './write/workbook-kind';
