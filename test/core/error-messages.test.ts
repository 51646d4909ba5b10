import { WorkbookUnusableError, type UnusableReason } from '../../src/core/errors';
import { unusableMessage } from '../../src/core/error-messages';

const REASONS: UnusableReason[] = [
  'file-not-found',
  'not-a-file',
  'not-a-folder',
  'file-unreadable',
  'empty-file',
  'not-xlsx',
  'legacy-xls',
  'password-protected',
  'corrupt-xlsx',
  'strict-ooxml',
  'empty-workbook',
  'no-responses',
  'form-errors',
  'output-is-input',
  'output-needs-xlsm',
  'output-cannot-be-xlsm',
  'file-unwritable',
  'sheet-name-taken',
  'table-name-taken',
];

describe('unusableMessage', () => {
  it.each(REASONS)('%s: one line in English and one in French', (reason) => {
    const error = new WorkbookUnusableError(reason, {
      file: 'round.xlsx',
      path: 'round.xlsx',
      detail: 'EACCES',
      sheet: 'Summary',
      table: 'T',
      errors: 2,
      cell: 'survey!A2',
      suggested: 'round.xlsm',
    });
    const [en, fr] = [unusableMessage(error, 'en'), unusableMessage(error, 'fr')];
    expect(en).not.toEqual(fr);
    expect([en, fr].filter((message) => message.includes('\n') || message.includes('undefined'))).toEqual([]);
  });

  it('says an empty file is empty, by its name', () => {
    const error = new WorkbookUnusableError('empty-file', { file: 'round.xlsx' });
    expect(unusableMessage(error, 'en')).toMatch(/^round\.xlsx is empty \(0 bytes\)/);
    expect(unusableMessage(error, 'fr')).toMatch(/^round\.xlsx est vide \(0 octet\)/);
  });

  it('says what to do with a Strict Open XML workbook', () => {
    const error = new WorkbookUnusableError('strict-ooxml', { file: 'round.xlsx' });
    expect(unusableMessage(error, 'en')).toContain('save it as “Excel Workbook (.xlsx)”');
  });
});

describe('WorkbookUnusableError', () => {
  it('takes its reason’s parameters, and the file any reason may name', () => {
    // @ts-expect-error: a path is not the sheet a sheet-name-taken names
    const wrong = new WorkbookUnusableError('sheet-name-taken', { path: 'round.xlsx' });
    // @ts-expect-error: file-not-found needs its path
    const bare = new WorkbookUnusableError('file-not-found');
    // @ts-expect-error: errors is a count
    const text = new WorkbookUnusableError('form-errors', { errors: '2', cell: 'survey!A2' });
    expect([wrong.params, bare.params, text.params]).toEqual([{ path: 'round.xlsx' }, {}, { errors: '2', cell: 'survey!A2' }]);
    expect(new WorkbookUnusableError('no-responses').params).toEqual({});
    expect(new WorkbookUnusableError('no-responses', { sheet: 'Responses' }).withFile('round.xlsx')).toEqual(
      new WorkbookUnusableError('no-responses', { sheet: 'Responses', file: 'round.xlsx' }),
    );
  });

  it('is known by instanceof, which narrows to an error whose parameters are those of some reason', () => {
    const caught: unknown = new WorkbookUnusableError('file-not-found', { path: 'round.xlsx' });
    expect([caught instanceof WorkbookUnusableError, new Error('other') instanceof WorkbookUnusableError]).toEqual([true, false]);
    if (!(caught instanceof WorkbookUnusableError)) return;
    // @ts-expect-error: no reason has such a parameter
    expect(caught.params.nonsense).toBeUndefined();
    expect(caught.params.file).toBeUndefined();
  });
});
