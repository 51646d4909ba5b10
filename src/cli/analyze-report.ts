import { agreeing, counted, formatPercent, french, type AnalyseOutcome, type IssueCode } from '../core';
import { layoutIssues } from './check-report';

const WORDS = {
  en: {
    wrote: (file: string, sheets: string) => `Wrote ${file} with the sheets ${sheets}.`,
    counted: (n: number, members: number, registry: number, rate: string) =>
      `${counted(n, 'en', ['respondent', 'respondents'])} counted; ${members} of ${counted(registry, 'en', ['Member', 'Members'])} responded (${rate}).`,
    cutoff: (n: number) => `${n} left out by the cutoff (first responses).`,
    errors: (n: number) => `${n} left out for errors: see the Validation sheet, or run wco-survey check.`,
    empty: (n: number) => `${counted(n, 'en', ['submission', 'submissions'])} returned without any answer, not counted (named in the Validation sheet).`,
  },
  fr: french({
    wrote: (file: string, sheets: string) => `${file} écrit, avec les feuilles ${sheets}.`,
    counted: (n: number, members: number, registry: number, rate: string) =>
      `${counted(n, 'fr', ['répondant compté', 'répondants comptés'])} ; ${counted(members, 'fr', ['Membre', 'Membres'])} sur ${registry} ${agreeing(members, 'fr', ['a répondu', 'ont répondu'])} (${rate}).`,
    cutoff: (n: number) => `${n} ${agreeing(n, 'fr', ['écarté', 'écartés'])} par la limite (premières réponses).`,
    errors: (n: number) => `${n} ${agreeing(n, 'fr', ['écarté', 'écartés'])} pour erreurs : voir la feuille Validation, ou lancer wco-survey check.`,
    empty: (n: number) =>
      `${counted(n, 'fr', ['soumission', 'soumissions'])} ${agreeing(n, 'fr', ['renvoyée', 'renvoyées'])} sans aucune réponse, non ${agreeing(n, 'fr', ['comptée', 'comptées'])} (nommées dans la feuille Validation).`,
  }),
} as const;

/**
 * Issues that change what is analysed though no submission is left out for them (a column repeated:
 * only the first is read): said after the figures, as `check` says them. Those that leave a
 * submission out are counted in the line "left out for errors".
 */
const SAID_BY_ANALYZE: ReadonlySet<IssueCode> = new Set(['duplicate-column']);

/** What `analyze` tells the user once the file is written. */
export function analyzeReport({ language, analysis, plan, issues }: AnalyseOutcome, file: string): string[] {
  const words = WORDS[language];
  const h = analysis.headline;
  return [
    words.wrote(file, plan.sheets.map((s) => s.name).join(', ')),
    words.counted(h.respondentsCounted, h.membersResponding, h.membersInRegistry, formatPercent(h.responseRate, language)),
    ...(h.excludedByCutoff ? [words.cutoff(h.excludedByCutoff)] : []),
    ...(h.excludedForErrors ? [words.errors(h.excludedForErrors)] : []),
    ...(h.returnedEmpty ? [words.empty(h.returnedEmpty)] : []),
    ...layoutIssues(
      issues.filter((issue) => SAID_BY_ANALYZE.has(issue.code)),
      language,
    ),
  ];
}
