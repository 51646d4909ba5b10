import type { WorkbookSnapshot } from '../workbook/snapshot';
import { skippedByName, type ConsolidationSource, type HostSkip } from './consolidate';

/** A file given to gather: read when its turn comes, unless it is passed over. */
export interface ReturnedFile {
  readonly name: string;
  /** Why the host passes it over unread (a folder, a file that is no workbook); the core adds those it knows by name. */
  readonly skipped?: HostSkip;
  read(): Promise<WorkbookSnapshot>;
}

export interface GatheredFiles {
  /** One source per file, in the order given. */
  readonly sources: readonly ConsolidationSource[];
  /** By the file's position: why it could not be read, as thrown. */
  readonly errors: ReadonlyMap<number, unknown>;
}

export interface GatherOptions {
  /** The Import Log's reason for a file that cannot be read; throws to stop the whole gathering (an error that is no file's fault). */
  readonly unreadable: (error: unknown, file: string) => string;
  /** Told before each file, read or passed over. */
  readonly onFile?: (index: number, file: string, passedOver: boolean) => void;
}

/**
 * The sources of a consolidation, the command line's and the pane's alike: one file at a time (190
 * returned files are never all held at once), each read, or passed over with why, or listed as
 * unreadable with its reason while the rest goes on.
 */
export async function gatherFiles(files: readonly ReturnedFile[], options: GatherOptions): Promise<GatheredFiles> {
  const sources: ConsolidationSource[] = [];
  const errors = new Map<number, unknown>();
  for (const [index, file] of files.entries()) {
    const skipped = skippedByName(file.name) ?? file.skipped;
    options.onFile?.(index, file.name, skipped !== undefined);
    if (skipped) {
      sources.push({ file: file.name, skipped });
      continue;
    }
    try {
      sources.push({ file: file.name, workbook: await file.read() });
    } catch (error) {
      sources.push({ file: file.name, unreadable: options.unreadable(error, file.name) });
      errors.set(index, error);
    }
  }
  return { sources, errors };
}
