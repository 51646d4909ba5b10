import { RequestError, requestMessage, unusableMessage, WorkbookUnusableError } from '../core';
import { ANALYZE_USAGE, analyzeCommand } from './analyze-command';
import { CONSOLIDATE_USAGE, consolidateCommand } from './consolidate-command';
import { QUESTIONNAIRE_USAGE, questionnaireCommand } from './questionnaire-command';
import { TEMPLATE_USAGE, templateCommand } from './template-command';
import { PROFILES_USAGE, profilesCommand } from './profiles-command';
import { parseArgs, UsageError } from './args';
import { CHECK_USAGE, checkCommand } from './check-command';
import { processIo, type Io } from './io';
import { chosenLanguage } from './language';

const COMMANDS: Readonly<Record<string, (args: ReturnType<typeof parseArgs>, io: Io) => Promise<number>>> = {
  check: checkCommand,
  analyze: analyzeCommand,
  profiles: profilesCommand,
  template: templateCommand,
  consolidate: consolidateCommand,
  questionnaire: questionnaireCommand,
};
const VALUE_FLAGS = new Set(['lang', 'out', 'first', 'population', 'base', 'compare', 'member', 'region', 'questionnaire', 'member-question', 'into']);
const USAGE = [
  'usage:',
  `  ${CHECK_USAGE}`,
  `  ${ANALYZE_USAGE}`,
  `  ${PROFILES_USAGE}`,
  `  ${TEMPLATE_USAGE}`,
  `  ${CONSOLIDATE_USAGE}`,
  `  ${QUESTIONNAIRE_USAGE}`,
].join('\n');

/** Runs one command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang = chosenLanguage({ positionals: [], flags: new Map() }, io.env);
  try {
    const args = parseArgs(argv, VALUE_FLAGS);
    lang = chosenLanguage(args, io.env);
    if (args.flags.has('help') || args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    const command = args.command && COMMANDS[args.command];
    if (!command) throw new UsageError(args.command ? `unknown command “${args.command}”` : 'no command given');
    return await command(args, io);
  } catch (error) {
    return report(error, lang, io);
  }
}

function report(error: unknown, lang: Parameters<typeof unusableMessage>[1], io: Io): number {
  if (error instanceof WorkbookUnusableError) {
    io.err(`wco-survey: ${unusableMessage(error, lang)}`);
  } else if (error instanceof RequestError) {
    io.err(`wco-survey: ${requestMessage(error, lang)}`);
  } else if (error instanceof UsageError) {
    io.err(`wco-survey: ${error.message}\n${USAGE}`);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`wco-survey: unexpected failure (${detail}). Please report it with the file that caused it.`);
    if (io.env.WCO_SURVEY_DEBUG && error instanceof Error) io.err(error.stack ?? '');
  }
  return 2;
}
