import { mkdir } from 'fs/promises';
import { join } from 'path';
import {
  counted,
  REGISTRY_1998,
  submissionTemplate,
  unknownMemberError,
  templateSheetName,
  usableQuestionnaire,
  type Language,
  type Member,
  type Questionnaire,
} from '../core';
import { saveXlsxFile } from '../hosts/file/node';
import { newXlsx } from '../hosts/file';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import { assertOutputName } from './output-name';
import type { Io } from './io';
import { chosenLanguage } from './language';
import { QUESTIONNAIRE_FLAGS, questionnaireRequest } from './questionnaire-flag';

export const TEMPLATE_USAGE =
  'wco-survey template (--member NAME --out file.xlsx | --all --out folder) [--lang en|fr] [--questionnaire form.xlsx] [--member-question NAME]';

/** Writes the submission sheet a Member coordinator fills in: one file, or one per Member with --all. */
export async function templateCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['member', 'all', 'out', 'lang', ...QUESTIONNAIRE_FLAGS]);
  const out = args.flags.get('out');
  const name = args.flags.get('member');
  const all = args.flags.has('all');
  if (typeof out !== 'string' || args.positionals.length || (all && name !== undefined)) throw new UsageError(`usage: ${TEMPLATE_USAGE}`);
  const lang = chosenLanguage(args, io.env);
  // Without --questionnaire, the built-in one; an XLSForm's template follows the form.
  const questionnaire = usableQuestionnaire({ sheets: [] }, await questionnaireRequest(args));
  if (!all) {
    assertOutputName(out, 'xlsx');
    const member = typeof name === 'string' ? memberNamed(name) : undefined;
    await writeTemplate(out, questionnaire, member, lang);
    io.out(lang === 'fr' ? `${out} écrit.` : `Wrote ${out}.`);
    return 0;
  }
  await mkdir(out, { recursive: true });
  for (const member of REGISTRY_1998.members) {
    io.progress(member.name[lang]);
    await writeTemplate(join(out, templateFileName(member, lang)), questionnaire, member, lang);
  }
  const count = REGISTRY_1998.members.length;
  io.out(
    lang === 'fr'
      ? `${counted(count, 'fr', ['modèle écrit', 'modèles écrits'])} dans ${out}.`
      : `Wrote ${counted(count, 'en', ['template', 'templates'])} into ${out}.`,
  );
  return 0;
}

export function templateFileName(member: Member, lang: Language): string {
  return `submission-${member.code}-${lang}.xlsx`;
}

async function writeTemplate(path: string, questionnaire: Questionnaire, member: Member | undefined, language: Language): Promise<void> {
  const sheetName = templateSheetName(member, language, []);
  const plan = { sheets: [submissionTemplate({ sheetName, language, ...(member ? { member } : {}) }, questionnaire, REGISTRY_1998)] };
  await saveXlsxFile(path, await newXlsx(plan));
}

function memberNamed(name: string): Member {
  const match = REGISTRY_1998.match(name);
  if (match.kind === 'found') return match.member;
  throw unknownMemberError(name, match);
}
