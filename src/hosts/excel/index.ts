/** The Excel host: what the task pane uses inside Excel. */
export { ExcelHost } from './excel-host';
export { ExcelHostError, excelHostMessage, type ExcelProblem } from './excel-errors';
export { officeExcel, type ExcelOffice, type ExcelRun } from './office';
export { REQUIRED_EXCEL_API, type ExcelShortfall } from './requirements';
