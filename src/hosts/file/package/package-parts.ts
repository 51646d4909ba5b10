import JSZip from 'jszip';
import { WorkbookUnusableError } from '../../../core';

/**
 * The parts of an .xlsx package, by name: OPC part names ignore case and may be stored with a
 * leading slash. A part is read whole (`text`) or, when it may be large (a worksheet, the shared
 * strings), inflated and decoded a chunk at a time (`stream`).
 */
export class PackageParts {
  /** Part key (lower case, no leading slash) → the zip entry's own name. */
  protected readonly entries = new Map<string, string>();

  protected constructor(protected readonly zip: JSZip) {
    zip.forEach((entry, file) => {
      if (!file.dir) this.entries.set(keyOf(entry), entry);
    });
  }

  static async open(bytes: Uint8Array): Promise<PackageParts> {
    return new PackageParts(await openZip(bytes));
  }

  /** Part names, without a leading slash, in the package's order. */
  parts(): string[] {
    return [...this.entries.values()].map((entry) => entry.replace(/^\//, ''));
  }

  has(part: string): boolean {
    return this.entries.has(keyOf(part));
  }

  async text(part: string): Promise<string | undefined> {
    const entry = this.entries.get(keyOf(part));
    if (entry === undefined) return undefined;
    try {
      return await this.zip.file(entry)!.async('string');
    } catch {
      throw unreadable(part);
    }
  }

  /** Gives the part's text to `onText` chunk by chunk, as it is inflated; false when there is no such part. */
  async stream(part: string, onText: (chunk: string) => void): Promise<boolean> {
    const entry = this.entries.get(keyOf(part));
    if (entry === undefined) return false;
    await new Promise<void>((resolve, reject) => {
      const inflating = (this.zip.file(entry) as unknown as Streamable).internalStream('string');
      const fail = (error: unknown) => {
        inflating.pause();
        reject(error instanceof WorkbookUnusableError ? error : unreadable(part));
      };
      inflating
        .on('data', (chunk: string) => {
          try {
            onText(chunk);
          } catch (error) {
            fail(error);
          }
        })
        .on('error', fail)
        .on('end', () => resolve())
        .resume();
    });
    return true;
  }
}

/** JSZip's documented stream of an entry's content (`internalStream`), which its typings leave out. */
interface Streamable {
  internalStream(type: 'string'): TextStream;
}

interface TextStream {
  on(event: 'data', listener: (chunk: string) => void): TextStream;
  on(event: 'error', listener: (error: Error) => void): TextStream;
  on(event: 'end', listener: () => void): TextStream;
  resume(): TextStream;
  pause(): TextStream;
}

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookUnusableError('corrupt-xlsx', { detail: 'not a readable zip archive' });
  }
}

export function keyOf(part: string): string {
  return part.replace(/^\//, '').toLowerCase();
}

/** A part the zip lists but cannot give back (cut short, sizes that disagree). */
function unreadable(part: string): WorkbookUnusableError {
  return new WorkbookUnusableError('corrupt-xlsx', { detail: `${part} cannot be read` });
}
