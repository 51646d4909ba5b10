import { refText } from '../../../src/core/workbook/ref-text';

describe('a cell reference as Excel writes it', () => {
  it.each([
    ['Responses', 'Responses!B5'],
    ['Sénégal', 'Sénégal!B5'],
    ['CRM Indicators', "'CRM Indicators'!B5"],
    ["Member's", "'Member''s'!B5"],
    ['1998', "'1998'!B5"],
  ])('%s', (sheet, text) => {
    expect(refText({ sheet, cell: 'B5' })).toBe(text);
  });
});
