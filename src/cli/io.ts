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

/**
 * Writes lines to a stream until its reader goes away (`wco-survey check big.xlsx | head`): then the
 * rest is dropped, where Node would otherwise die of an unhandled EPIPE with a stack trace.
 */
export function lineWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let open = true;
  let watching = false;
  return (text) => {
    if (!watching) {
      stream.on('error', () => (open = false));
      watching = true;
    }
    if (open) stream.write(`${text}\n`);
  };
}

const stdout = lineWriter(process.stdout);
const stderr = lineWriter(process.stderr);

export const processIo: Io = {
  out: stdout,
  err: stderr,
  progress: (text) => {
    if (process.stderr.isTTY) stderr(text);
  },
  env: process.env,
  now: () => Date.now(),
};
