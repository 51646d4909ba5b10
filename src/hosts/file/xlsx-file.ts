import { readFile, stat } from 'fs/promises';
import { basename } from 'path';
import { WorkbookUnusableError } from '../../core/errors';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { WorkbookHost } from '../host';
import { readXlsx } from './read-xlsx';

/** Node only: reads the .xlsx at `path`. Errors about the content carry the file's name as `file`. */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot> {
  const bytes = await readFileBytes(path);
  try {
    return await readXlsx(bytes);
  } catch (error) {
    if (error instanceof WorkbookUnusableError) {
      throw new WorkbookUnusableError(error.reason, { ...error.params, file: basename(path) });
    }
    throw error;
  }
}

export class XlsxFileHost implements WorkbookHost {
  constructor(readonly path: string) {}

  read(): Promise<WorkbookSnapshot> {
    return readXlsxFile(this.path);
  }
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => failed(error, path));
  if (!stats.isFile()) throw new WorkbookUnusableError('not-a-file', { path });
  return readFile(path).catch((error: NodeJS.ErrnoException) => failed(error, path));
}

function failed(error: NodeJS.ErrnoException, path: string): never {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new WorkbookUnusableError('file-not-found', { path });
  throw new WorkbookUnusableError('file-unreadable', { path, detail: error.code ?? error.message });
}
