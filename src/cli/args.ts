/** Command-line words, split into the command, its positional arguments and its --flags. */
export interface ParsedArgs {
  readonly command?: string;
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export class UsageError extends Error {}

/**
 * `--flag value`, `--flag=value` and bare `--switch`; which flags take a value is the
 * command's to say, so a switch never swallows the next word.
 */
export function parseArgs(argv: readonly string[], takesValue: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--') || word === '--') {
      positionals.push(word);
      continue;
    }
    const [name, inline] = splitOnce(word.slice(2), '=');
    if (!takesValue.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  const [command, ...rest] = positionals;
  return { ...(command !== undefined ? { command } : {}), positionals: rest, flags };
}

function splitOnce(word: string, separator: string): [string, string | undefined] {
  const at = word.indexOf(separator);
  return at < 0 ? [word, undefined] : [word.slice(0, at), word.slice(at + 1)];
}

/** Refuses flags a command does not know, so a typo is never silently ignored. */
export function onlyFlags(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
}
