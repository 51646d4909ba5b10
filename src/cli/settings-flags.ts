import { BASE_OPTIONS, type BaseOption, type Settings } from '../core';
import { UsageError, type ParsedArgs } from './args';

/** The flags that set what is counted, as `analyze` and `profiles` take them. */
export const SETTINGS_FLAGS = ['first', 'population', 'base'];

/** `--first`, `--population` and `--base`: they win over the Settings sheet. */
export function settingsOf(args: ParsedArgs): Settings {
  const first = args.flags.get('first');
  const population = args.flags.get('population');
  const base = args.flags.get('base');
  if (first !== undefined && !(typeof first === 'string' && /^[1-9]\d*$/.test(first))) {
    throw new UsageError('--first takes a whole number of responses, 1 or more');
  }
  if (population !== undefined && !(typeof population === 'string' && /^[1-9]\d*$/.test(population))) {
    throw new UsageError('--population takes a whole number, 1 or more');
  }
  if (base !== undefined && !BASE_OPTIONS.includes(base as BaseOption)) throw new UsageError('--base takes answered or respondents or applicable');
  return {
    ...(typeof first === 'string' ? { firstResponses: Number(first) } : {}),
    ...(typeof population === 'string' ? { population: Number(population) } : {}),
    ...(typeof base === 'string' ? { base: base as BaseOption } : {}),
  };
}
