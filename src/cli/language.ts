import { isLanguage, languageOfLocale, type Language } from '../core';
import type { ParsedArgs } from './args';
import { UsageError } from './args';

/** `--lang en|fr`, else the terminal's locale, else English. */
export function chosenLanguage(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): Language {
  const flag = args.flags.get('lang');
  if (flag === undefined) return languageOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  if (typeof flag === 'string' && isLanguage(flag.toLowerCase())) return flag.toLowerCase() as Language;
  throw new UsageError('--lang takes en or fr');
}
