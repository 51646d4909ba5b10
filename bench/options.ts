import { DEFAULT_SIZES, parseSize, type Size } from './sizes';

export interface BenchOptions {
  readonly sizes: readonly Size[];
  /** Runs of each timed measurement; the median is reported. */
  readonly runs: number;
  /** Print JSON instead of the table: to stdout (`true`) or to a file. */
  readonly json?: true | string;
  /** Also print the tables in Markdown, for bench/README.md. */
  readonly markdown: boolean;
}

export const USAGE = 'npm run bench -- [--sizes 150x80,5000x250,50000x60] [--runs N] [--json [FILE]] [--markdown]';

export function parseOptions(argv: readonly string[]): BenchOptions {
  let sizes = DEFAULT_SIZES;
  let runs = 5;
  let json: true | string | undefined;
  let markdown = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--sizes':
        sizes = value().split(',').filter(Boolean).map(parseSize);
        break;
      case '--runs':
        runs = wholeNumber(value());
        break;
      case '--json':
        json = inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : true);
        break;
      case '--markdown':
        markdown = true;
        break;
      case '--help':
      case '-h':
        throw new Error(`usage: ${USAGE}`);
      default:
        throw new Error(`unknown option ${argv[i]}\nusage: ${USAGE}`);
    }
  }
  return { sizes, runs, markdown, ...(json !== undefined ? { json } : {}) };
}

function wholeNumber(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`--runs takes a whole number, 1 or more (got “${text}”)`);
  return Number(text);
}
