import { agreeing, COMPARISON_HEADINGS, counted, formatPercent, french, type AnalyseOutcome, type DifferenceInterval, type IssueCode } from '../core';
import { layoutIssues } from './check-report';

const WORDS = {
  en: {
    wrote: (file: string, sheets: string) => `Wrote ${file} with the sheets ${sheets}.`,
    counted: (n: number, members: number, registry: number, rate: string) =>
      `${counted(n, 'en', ['respondent', 'respondents'])} counted; ${members} of ${counted(registry, 'en', ['Member', 'Members'])} responded (${rate}).`,
    cutoff: (n: number) => `${n} left out by the cutoff (first responses).`,
    errors: (n: number) => `${n} left out for errors: see the Validation sheet, or run wco-survey check.`,
    empty: (n: number) => `${counted(n, 'en', ['submission', 'submissions'])} returned without any answer, not counted (named in the Validation sheet).`,
    significant: (subject: string, significant: number, tested: number) =>
      `${subject}: ${significant} of ${counted(tested, 'en', ['difference', 'differences'])} significant (95 % interval excludes 0).`,
    untested: (subject: string, minimum: number) =>
      `${subject}: no difference has an interval (each side needs ${counted(minimum, 'en', ['respondent', 'respondents'])} or more).`,
  },
  fr: french({
    wrote: (file: string, sheets: string) => `${file} écrit, avec les feuilles ${sheets}.`,
    counted: (n: number, members: number, registry: number, rate: string) =>
      `${counted(n, 'fr', ['répondant compté', 'répondants comptés'])} ; ${counted(members, 'fr', ['Membre', 'Membres'])} sur ${registry} ${agreeing(members, 'fr', ['a répondu', 'ont répondu'])} (${rate}).`,
    cutoff: (n: number) => `${n} ${agreeing(n, 'fr', ['écarté', 'écartés'])} par la limite (premières réponses).`,
    errors: (n: number) => `${n} ${agreeing(n, 'fr', ['écarté', 'écartés'])} pour erreurs : voir la feuille Validation, ou lancer wco-survey check.`,
    empty: (n: number) =>
      `${counted(n, 'fr', ['soumission', 'soumissions'])} ${agreeing(n, 'fr', ['renvoyée', 'renvoyées'])} sans aucune réponse, non ${agreeing(n, 'fr', ['comptée', 'comptées'])} (nommées dans la feuille Validation).`,
    significant: (subject: string, significant: number, tested: number) =>
      `${subject} : ${counted(significant, 'fr', ['différence significative', 'différences significatives'])} sur ${tested} (l’intervalle à 95 % exclut 0).`,
    untested: (subject: string, minimum: number) =>
      `${subject} : aucune différence n’a d’intervalle (il faut ${counted(minimum, 'fr', ['répondant', 'répondants'])} ou plus de chaque côté).`,
  }),
} as const;

/**
 * Issues that change what is analysed though no submission is left out for them (a column repeated:
 * only the first is read): said after the figures, as `check` says them. Those that leave a
 * submission out are counted in the line "left out for errors".
 */
const SAID_BY_ANALYZE: ReadonlySet<IssueCode> = new Set(['duplicate-column']);

type Tested = readonly { readonly interval?: DifferenceInterval }[];

/**
 * How many differences of each comparison of the Comparison sheet are significant, of those with an
 * interval (a side under the small-base minimum has none, and is not counted): the region and the round
 * asked for, each said even when none has an interval; then the 1998 report's figures, which the sheet
 * always holds for the built-in questionnaire, said where some has one. A Member's comparison tests nothing.
 */
function significanceLines({ language, analysis, comparison }: AnalyseOutcome): string[] {
  const words = WORDS[language];
  const said = (subject: string, differences: Tested) => {
    const tested = differences.filter((d) => d.interval !== undefined);
    const significant = tested.filter((d) => d.interval?.significant).length;
    return tested.length ? words.significant(subject, significant, tested.length) : words.untested(subject, analysis.options.minimumBase);
  };
  const published = analysis.published.filter((p) => p.interval !== undefined);
  return [
    ...(comparison.region ? [said(COMPARISON_HEADINGS.region(comparison.region.region, language), comparison.region.differences)] : []),
    ...(comparison.round ? [said(COMPARISON_HEADINGS.round(comparison.round.name, language), comparison.round.differences)] : []),
    ...(published.length ? [said(COMPARISON_HEADINGS.published(language), published)] : []),
  ];
}

/** What `analyze` tells the user once the file is written. */
export function analyzeReport(outcome: AnalyseOutcome, file: string): string[] {
  const { language, analysis, plan, issues } = outcome;
  const words = WORDS[language];
  const h = analysis.headline;
  return [
    words.wrote(file, plan.sheets.map((s) => s.name).join(', ')),
    words.counted(h.respondentsCounted, h.membersResponding, h.membersInRegistry, formatPercent(h.responseRate, language)),
    ...(h.excludedByCutoff ? [words.cutoff(h.excludedByCutoff)] : []),
    ...(h.excludedForErrors ? [words.errors(h.excludedForErrors)] : []),
    ...(h.returnedEmpty ? [words.empty(h.returnedEmpty)] : []),
    ...significanceLines(outcome),
    ...layoutIssues(
      issues.filter((issue) => SAID_BY_ANALYZE.has(issue.code)),
      language,
    ),
  ];
}
