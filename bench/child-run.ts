import { spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MAX_RSS_FILE_VARIABLE } from './max-rss';

/** One run of a child Node process: wall time from spawn to exit, and its peak memory. */
export interface ChildRun {
  readonly ms: number;
  /** Peak resident set size in bytes; undefined if the child did not report it. */
  readonly maxRss?: number;
}

export class ChildFailed extends Error {
  constructor(
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`child exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }

  /** V8 ran out of heap: worth a retry with a larger --max-old-space-size. */
  get outOfMemory(): boolean {
    return /heap out of memory|Allocation failed/i.test(this.stderr);
  }
}

/**
 * Runs `node [nodeFlags] --require max-rss.js script ...args` and times it. Its stdout is dropped,
 * its stderr kept for the error if it fails: exits other than `allowExitCodes` (`check` exits 1 when
 * it finds errors, which the bench's workbooks hold on purpose).
 */
export function runNode(
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
  { allowExitCodes = [0] }: { readonly allowExitCodes?: readonly number[] } = {},
): Promise<ChildRun> {
  const folder = mkdtempSync(join(tmpdir(), 'wco-bench-'));
  const rssFile = join(folder, 'max-rss');
  const preload = join(__dirname, 'max-rss.js');
  const argv = [...nodeFlags, '--require', preload, script, ...args];
  return new Promise<ChildRun>((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, {
      env: { ...process.env, [MAX_RSS_FILE_VARIABLE]: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const maxRss = readNumber(rssFile);
      rmSync(folder, { recursive: true, force: true });
      if (code === null || !allowExitCodes.includes(code)) reject(new ChildFailed(code, stderr));
      else resolve({ ms, ...(maxRss !== undefined ? { maxRss } : {}) });
    });
  });
}

function readNumber(file: string): number | undefined {
  try {
    const value = Number(readFileSync(file, 'utf8'));
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
