import { mkdir, stat } from 'fs/promises';
import { basename, join } from 'path';
import {
  counted,
  LANGUAGES,
  profileWorkbook,
  RequestError,
  serialOfMs,
  WorkbookUnusableError,
  type Language,
  type Member,
  type ProfileRequest,
  type WrittenProfile,
} from '../core';
import { newXlsx } from '../hosts/file';
import { saveXlsxFile } from '../hosts/file/node';
import { onlyFlags, UsageError, type ParsedArgs } from './args';
import { readDataFile } from './data-file';
import type { Io } from './io';
import { chosenLanguage } from './language';
import { assertOutputName } from './output-name';
import { QUESTIONNAIRE_FLAGS, questionnaireRequest } from './questionnaire-flag';
import { SETTINGS_FLAGS, settingsOf } from './settings-flags';

export const PROFILES_USAGE =
  'wco-survey profiles <in.xlsx> (--member NAME --out file.xlsx | --all --out folder) [--first N] [--population N] [--base answered|respondents|applicable] [--lang en|fr] [--questionnaire form.xlsx] [--member-question NAME]';

/**
 * Writes a Member's profile (its answers beside its region's and all respondents' figures) as a workbook of
 * its own, or one per Member that responded with --all: each goes to one administration, so it holds that
 * Member's sheet alone, never the input's responses. Each is in the language its Member answered in, unless
 * --lang names one.
 */
export async function profilesCommand(args: ParsedArgs, io: Io): Promise<number> {
  onlyFlags(args, ['member', 'all', 'out', 'lang', ...SETTINGS_FLAGS, ...QUESTIONNAIRE_FLAGS]);
  const [input, ...extra] = args.positionals;
  const out = args.flags.get('out');
  const name = args.flags.get('member');
  const all = args.flags.has('all');
  if (!input || extra.length) throw new UsageError(`profiles takes one workbook, the round’s <in.xlsx>, not ${args.positionals.length}`);
  if (all && name !== undefined) throw new UsageError('give --member NAME or --all, not both');
  if (!all && typeof name !== 'string') throw new UsageError('give --member NAME (one Member’s profile) or --all (one per Member that responded)');
  if (typeof out !== 'string')
    throw new UsageError(all ? '--all needs --out, the folder to write the profiles into' : '--member needs --out, the .xlsx to write');
  const lang = chosenLanguage(args, io.env);
  const request = await profileRequest(args, lang, serialOfMs(io.now()));
  if (all) await assertNotAFile(out);
  else assertOutputName(out, 'xlsx');
  io.progress(`Reading ${input}…`);
  const workbook = await readDataFile(input);
  io.progress('Analysing…');
  const profiles = profileWorkbook(workbook, request);
  if (!all) {
    const [{ profile, language, plan }] = profiles;
    await saveXlsxFile(out, await newXlsx(plan), [input]);
    io.out(wroteOne(out, profile.member, language, lang));
    return 0;
  }
  if (!profiles.length) throw new RequestError({ reason: 'no-submissions', file: basename(input) });
  await makeFolder(out);
  for (const { profile, language, plan } of profiles) {
    io.progress(profile.member.name[lang]);
    await saveXlsxFile(join(out, profileFileName(profile.member, language)), await newXlsx(plan), [input]);
  }
  io.out(wroteAll(out, profiles, lang));
  return 0;
}

/** `profile-FRA-fr.xlsx`: the Member's code and the language its profile is written in. */
export function profileFileName(member: Member, language: Language): string {
  return `profile-${member.code}-${language}.xlsx`;
}

/**
 * What the flags ask, checked before anything is read. --lang is the profiles' language over each Member's
 * own: not the Settings sheet's language, which yields to the Member's.
 */
async function profileRequest(args: ParsedArgs, lang: Language, today: number): Promise<ProfileRequest> {
  const { form, memberQuestion } = await questionnaireRequest(args);
  const member = args.flags.get('member');
  return {
    settings: { ...settingsOf(args), ...(memberQuestion ? { memberQuestion } : {}) },
    defaultLanguage: lang,
    today,
    ...(args.flags.has('lang') ? { language: lang } : {}),
    ...(typeof member === 'string' ? { members: [member] } : {}),
    ...(form ? { form } : {}),
  };
}

/** Refuses, before any work, a folder to write into that is a file (the input itself, say). */
async function assertNotAFile(path: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (stats && !stats.isDirectory()) throw new WorkbookUnusableError('not-a-folder', { path });
}

async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new WorkbookUnusableError('not-a-folder', { path });
    throw new WorkbookUnusableError('file-unwritable', { path, detail: code ?? message });
  }
}

/** A language's name, in each language: `in French`, `en français`. */
const LANGUAGE_NAMES: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  en: { en: 'English', fr: 'French' },
  fr: { en: 'anglais', fr: 'français' },
};

function wroteOne(out: string, member: Member, language: Language, lang: Language): string {
  return lang === 'fr'
    ? `${out} écrit (${member.name.fr}, en ${LANGUAGE_NAMES.fr[language]}).`
    : `Wrote ${out} (${member.name.en}, in ${LANGUAGE_NAMES.en[language]}).`;
}

/** `Wrote 36 profiles into out/ (30 in English, 6 in French).`: the languages written, in the product's order. */
function wroteAll(out: string, profiles: readonly WrittenProfile[], lang: Language): string {
  const byLanguage = LANGUAGES.map((language) => [language, profiles.filter((p) => p.language === language).length] as const).filter(([, n]) => n > 0);
  const languages = byLanguage.map(([language, n]) => `${n} ${lang === 'fr' ? 'en' : 'in'} ${LANGUAGE_NAMES[lang][language]}`).join(', ');
  return lang === 'fr'
    ? `${counted(profiles.length, 'fr', ['profil écrit', 'profils écrits'])} dans ${out} (${languages}).`
    : `Wrote ${counted(profiles.length, 'en', ['profile', 'profiles'])} into ${out} (${languages}).`;
}
