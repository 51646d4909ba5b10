import { readXlsxFile } from '../../../src/hosts/file/xlsx-file';

// Tests run as root in CI, where no permission bit stops a read: the refusal is simulated.
jest.mock('fs/promises', () => ({
  ...jest.requireActual('fs/promises'),
  readFile: jest.fn(async () => {
    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  }),
}));

describe('reading an .xlsx file the system refuses to read', () => {
  it('throws file-unreadable with the reason, not a raw system error', async () => {
    await expect(readXlsxFile(__filename)).rejects.toMatchObject({
      name: 'WorkbookUnusableError',
      reason: 'file-unreadable',
      params: { path: __filename, detail: 'EACCES' },
    });
  });
});
