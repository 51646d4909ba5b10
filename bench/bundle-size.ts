import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

/** One script of the pane's production build, raw and gzipped. */
export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * The task pane's production build (webpack's output, dist/): the entry script Excel loads, and the
 * chunks it loads on demand (the file host, "xlsx", only in a plain browser).
 */
export type BundleSize =
  | {
      readonly built: true;
      readonly builtAt: string;
      readonly entry: BundleFile;
      readonly chunks: readonly BundleFile[];
      /** Everything a server hosts: dist/ whole ("dist/", its files counted in `file`). */
      readonly hosted: BundleFile;
    }
  | { readonly built: false; readonly reason: string };

const PAGE = 'taskpane.html';

export function bundleSize(dist: string): BundleSize {
  const page = join(dist, PAGE);
  if (!existsSync(page)) return { built: false, reason: `not built (no ${PAGE} in ${dist}: npm run build)` };
  const entryName = /<script[^>]*\ssrc=["']?(taskpane[^"'\s>]*\.js)/.exec(readFileSync(page, 'utf8'))?.[1];
  if (!entryName || !existsSync(join(dist, entryName))) return { built: false, reason: `not built (${PAGE} names no script found in ${dist})` };
  const entry = sized(dist, entryName);
  const chunks = chunkNames(dist, entryName).map((name) => sized(dist, name));
  return { built: true, builtAt: statSync(page).mtime.toISOString(), entry, chunks, hosted: hostedSize(dist) };
}

function hostedSize(dist: string): BundleFile {
  const files = filesUnder(dist).map((file) => sized(dist, file));
  const sum = (key: 'bytes' | 'gzipBytes') => files.reduce((total, file) => total + file[key], 0);
  return { file: `${files.length} files`, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
}

function filesUnder(dist: string, folder = ''): string[] {
  return readdirSync(join(dist, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dist, join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** The chunks the entry names ("xlsx.6fa72528.js"), else every other script beside it. */
function chunkNames(dist: string, entryName: string): string[] {
  const entry = readFileSync(join(dist, entryName), 'utf8');
  const named = [...entry.matchAll(/["']([\w-]+\.[0-9a-f]{6,}\.js)["']/g)].map((m) => m[1]);
  const found = [...new Set(named)].filter((name) => name !== entryName && existsSync(join(dist, name)));
  if (found.length > 0) return found;
  return readdirSync(dist).filter((name) => name.endsWith('.js') && name !== entryName);
}

function sized(dist: string, file: string): BundleFile {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}
