/** @jest-environment jsdom */
import { downloadName, downloadWorkbook } from '../../../src/taskpane/workbook/download';

describe('the downloaded workbook', () => {
  it('never takes the name of the file opened', () => {
    expect(downloadName('round-1998.xlsx', 'xlsx')).toBe('round-1998-results.xlsx');
    expect(downloadName('Round 1998.XLSX', 'xlsx')).toBe('Round 1998-results.xlsx');
    expect(downloadName('export', 'xlsx')).toBe('export-results.xlsx');
  });

  it('names a workbook with macros .xlsm, the one name Excel opens it under, whatever the file opened was called', () => {
    expect(downloadName('round-1998.xlsm', 'xlsm')).toBe('round-1998-results.xlsm');
    expect(downloadName('Round 1998.XLSM', 'xlsm')).toBe('Round 1998-results.xlsm');
    expect(downloadName('renamed.xlsx', 'xlsm')).toBe('renamed-results.xlsm');
    expect(downloadName('no-macros.xlsm', 'xlsx')).toBe('no-macros-results.xlsx');
  });

  it('is saved under that name, as the type of workbook it is', () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    jest.useFakeTimers();
    downloadWorkbook(new Uint8Array([80, 75]), 'round.xlsm', 'xlsm');
    downloadWorkbook(new Uint8Array([80, 75]), 'round.xlsx', 'xlsx');
    jest.runAllTimers();
    jest.useRealTimers();
    click.mockRestore();
    expect(names).toEqual(['round-results.xlsm', 'round-results.xlsx']);
    // A Blob's type is lower-cased, as MIME types compare.
    expect(blobs.map((blob) => blob.type)).toEqual([
      'application/vnd.ms-excel.sheet.macroenabled.12',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });
});
