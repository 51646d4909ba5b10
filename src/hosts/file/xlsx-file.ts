import { randomBytes } from 'crypto';
import { readFile, realpath, rename, rm, stat, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { type WorkbookPlan, type WorkbookSnapshot, WorkbookUnusableError } from '../../core';
import { readXlsx } from './read-xlsx';
import { XlsxHost } from './xlsx-host';

/** Node only: the .xlsx at `path`, read. Errors about its content carry the file's name as `file`. */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot> {
  return named(path, readXlsx(await readFileBytes(path)));
}

/** A host over a file on disk. */
export type XlsxFile = XlsxHost & { readonly path: string };

/** Node only: a host over the file at `path`, whose reads and writes name that file in their errors. */
export async function openXlsxFile(path: string): Promise<XlsxFile> {
  const host = new XlsxHost(await readFileBytes(path));
  const read = host.read.bind(host);
  const write = host.write.bind(host);
  return Object.assign(host, { path, read: () => named(path, read()), write: (plan: WorkbookPlan) => named(path, write(plan)) });
}

/**
 * Saves `bytes` at `path` all at once: written beside it under a temporary name, then renamed,
 * so a failure leaves no half-written file. Refuses to write over any of `inputs`.
 */
export async function saveXlsxFile(path: string, bytes: Uint8Array, inputs: readonly string[] = []): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(path, input)) throw new WorkbookUnusableError('output-is-input', { path });
  }
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const { code, message } = error as NodeJS.ErrnoException;
    throw new WorkbookUnusableError('file-unwritable', { path, detail: code ?? message });
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

async function named<T>(path: string, reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if (error instanceof WorkbookUnusableError) {
      throw error.withFile(basename(path));
    }
    throw error;
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
