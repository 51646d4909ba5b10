import { gatherFiles, type ReturnedFile } from '../../../src/core/consolidate/returned-files';
import { sheet, workbook } from '../../support/snapshot';

const BOOK = workbook(sheet('Responses', [['Member'], ['Kenya']]));
const file = (name: string, read: () => Promise<typeof BOOK> = async () => BOOK, skipped?: ReturnedFile['skipped']): ReturnedFile => ({
  name,
  read,
  ...(skipped ? { skipped } : {}),
});

describe('gathering returned files, as the command line and the pane both do', () => {
  it('reads each file in turn, passes over lock files and what the host passed over, and lists one it cannot read with its reason', async () => {
    const read: string[] = [];
    const told: [number, string, boolean][] = [];
    const reading = (name: string) => async () => (read.push(name), BOOK);
    const { sources, errors } = await gatherFiles(
      [
        file('kenya.xlsx', reading('kenya.xlsx')),
        file('~$kenya.xlsx', reading('~$kenya.xlsx')),
        file('notes', reading('notes'), 'folder'),
        file('broken.xlsx', () => Promise.reject(new Error('damaged'))),
        file('ghana.xlsx', reading('ghana.xlsx')),
      ],
      { unreadable: (error, name) => `${name}: ${(error as Error).message}`, onFile: (index, name, passedOver) => told.push([index, name, passedOver]) },
    );
    expect(read).toEqual(['kenya.xlsx', 'ghana.xlsx']);
    expect(sources).toEqual([
      { file: 'kenya.xlsx', workbook: BOOK },
      { file: '~$kenya.xlsx', skipped: 'lock-file' },
      { file: 'notes', skipped: 'folder' },
      { file: 'broken.xlsx', unreadable: 'broken.xlsx: damaged' },
      { file: 'ghana.xlsx', workbook: BOOK },
    ]);
    expect([...errors.keys()]).toEqual([3]);
    expect(told.map(([, , passedOver]) => passedOver)).toEqual([false, true, true, false, false]);
  });

  it('stops at an error that is no file’s fault, as the reason says by throwing', async () => {
    const gathering = gatherFiles([file('a.xlsx', () => Promise.reject(new RangeError('out of memory'))), file('b.xlsx')], {
      unreadable: (error) => {
        throw error;
      },
    });
    await expect(gathering).rejects.toThrow('out of memory');
  });
});
