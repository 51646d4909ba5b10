import { downloadName } from '../../../src/taskpane/workbook/download';

describe('the downloaded workbook', () => {
  it('never takes the name of the file opened', () => {
    expect(downloadName('round-1998.xlsx')).toBe('round-1998-results.xlsx');
    expect(downloadName('Round 1998.XLSX')).toBe('Round 1998-results.xlsx');
    expect(downloadName('export')).toBe('export-results.xlsx');
  });
});
