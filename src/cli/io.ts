/** Where a command prints: the real streams in `main`, strings in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A step of long work, for a person watching a terminal; silent otherwise. */
  progress(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Now, in milliseconds since 1970: the clock the core does not have. */
  now(): number;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: (text) => {
    if (process.stderr.isTTY) process.stderr.write(`${text}\n`);
  },
  env: process.env,
  now: () => Date.now(),
};
