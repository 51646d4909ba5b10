import { basename } from 'path';
import { workbookKind } from '../hosts/file';
import { openXlsxFile, saveXlsxFile, type XlsxFile } from '../hosts/file/node';
import {
  type AnalyseRequest,
  analyseWorkbook,
  REGION_CODES,
  type RegionCode,
  RequestError,
  serialOfMs,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from '../core';
import { holdingData, readDataFile } from './data-file';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import { assertOutputName } from './output-name';
import type { Io } from './io';
import { chosenLanguage } from './language';
import { analyzeReport } from './analyze-report';
import { QUESTIONNAIRE_FLAGS, questionnaireRequest } from './questionnaire-flag';
import { SETTINGS_FLAGS, settingsOf } from './settings-flags';

export const ANALYZE_USAGE =
  'wco-survey analyze <in.xlsx> --out <out.xlsx> [--first N] [--population N] [--base answered|respondents|applicable] [--lang en|fr] [--compare other.xlsx] [--member NAME] [--region CODE] [--questionnaire form.xlsx] [--member-question NAME]';

/**
 * Writes the input workbook plus the summary sheets and charts to --out; never over the input. An
 * .xlsm keeps its macros, and is written under an .xlsm name only.
 */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['out', ...SETTINGS_FLAGS, 'lang', 'compare', 'member', 'region', ...QUESTIONNAIRE_FLAGS]);
  const [input, ...extra] = args.positionals;
  const out = args.flags.get('out');
  if (!input || extra.length || typeof out !== 'string') throw new UsageError(`usage: ${ANALYZE_USAGE}`);
  const request = await analyseRequest(args, io);
  io.progress(`Reading ${input}…`);
  const host = await openXlsxFile(input);
  // Written from an .xlsm, the output keeps its macros: under an .xlsm name, which Excel alone opens it under.
  assertOutputName(out, await workbookKind(host.written), input);
  const compare = args.flags.get('compare');
  const otherRound = typeof compare === 'string' ? { name: basename(compare), read: () => readDataFile(compare) } : undefined;
  const { plan, report } = await analysed(host, request, otherRound, io, out);
  io.progress(`Writing ${out}…`);
  await host.write(plan);
  await saveXlsxFile(out, host.written, [input, ...(typeof compare === 'string' ? [compare] : [])]);
  report.forEach((line) => io.out(line));
  return 0;
}

/** What the flags ask of the analysis, checked before anything is read. */
async function analyseRequest(args: ParsedArgs, io: Io): Promise<Omit<AnalyseRequest, 'otherRound'>> {
  const lang = chosenLanguage(args, io.env);
  const { form, memberQuestion } = await questionnaireRequest(args);
  // --lang also names the language of the written sheets, over the Settings sheet's.
  const settings = { ...settingsOf(args), ...(args.flags.has('lang') ? { language: lang } : {}), ...(memberQuestion ? { memberQuestion } : {}) };
  const region = regionOf(args);
  const member = args.flags.get('member');
  return {
    settings,
    defaultLanguage: lang,
    today: serialOfMs(io.now()),
    ...(typeof member === 'string' ? { member } : {}),
    ...(region ? { region } : {}),
    ...(form ? { form } : {}),
  };
}

/**
 * The plan and what to say once it is written. Only they outlive this call: the workbooks as read and
 * the analysis (a round may hold 50,000 submissions) are let go before the writing.
 */
async function analysed(
  host: XlsxFile,
  request: Omit<AnalyseRequest, 'otherRound'>,
  otherRound: { readonly name: string; read(): Promise<WorkbookSnapshot> } | undefined,
  io: Io,
  out: string,
): Promise<{ plan: WorkbookPlan; report: string[] }> {
  const workbook = holdingData(host.path, await host.read());
  const other = otherRound && { name: otherRound.name, workbook: await otherRound.read() };
  io.progress('Analysing…');
  const outcome = analyseWorkbook(workbook, { ...request, ...(other ? { otherRound: other } : {}) });
  return { plan: outcome.plan, report: analyzeReport(outcome, out) };
}

function regionOf(args: ParsedArgs): RegionCode | undefined {
  const region = args.flags.get('region');
  if (region === undefined) return undefined;
  const code = typeof region === 'string' ? region.toUpperCase() : '';
  if (!REGION_CODES.includes(code as RegionCode)) throw new RequestError({ reason: 'unknown-region', name: String(region) });
  return code as RegionCode;
}
