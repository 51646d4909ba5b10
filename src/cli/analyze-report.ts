import { formatPercent, french, type AnalyseOutcome } from '../core';

const WORDS = {
  en: {
    wrote: (file: string, sheets: string) => `Wrote ${file} with the sheets ${sheets}.`,
    counted: (n: number, members: number, registry: number, rate: string) =>
      `${n} respondents counted; ${members} of ${registry} Members responded (${rate}).`,
    cutoff: (n: number) => `${n} left out by the cutoff (first responses).`,
    errors: (n: number) => `${n} left out for errors: see the Validation sheet, or run wco-survey check.`,
  },
  fr: french({
    wrote: (file: string, sheets: string) => `${file} écrit, avec les feuilles ${sheets}.`,
    counted: (n: number, members: number, registry: number, rate: string) =>
      `${n} répondants comptés ; ${members} Membres sur ${registry} ont répondu (${rate}).`,
    cutoff: (n: number) => `${n} écartés par la limite (premières réponses).`,
    errors: (n: number) => `${n} écartés pour erreurs : voir la feuille Validation, ou lancer wco-survey check.`,
  }),
} as const;

/** What `analyze` tells the user once the file is written. */
export function analyzeReport({ language, analysis, plan }: AnalyseOutcome, file: string): string[] {
  const words = WORDS[language];
  const h = analysis.headline;
  return [
    words.wrote(file, plan.sheets.map((s) => s.name).join(', ')),
    words.counted(h.respondentsCounted, h.membersResponding, h.membersInRegistry, formatPercent(h.responseRate, language)),
    ...(h.excludedByCutoff ? [words.cutoff(h.excludedByCutoff)] : []),
    ...(h.excludedForErrors ? [words.errors(h.excludedForErrors)] : []),
  ];
}
