import {
  agreeing,
  counted,
  type Forms,
  french,
  type Issue,
  issueRow,
  type IssueRow,
  issuesByMember,
  type Language,
  refText,
  type Severity,
  shortened,
} from '../core';

const WORDS = {
  en: {
    error: ['error', 'errors'] as Forms,
    warning: ['warning', 'warnings'] as Forms,
    layout: 'Workbook layout',
    checked: (submissions: number, found: string) => `Checked ${counted(submissions, 'en', ['submission', 'submissions'])}: ${found}.`,
    clean: 'no problems found',
    /** Before an issue's message: "  error  Responses!C5 F1: …". */
    colon: ':',
  },
  fr: french({
    error: ['erreur', 'erreurs'] as Forms,
    warning: ['avertissement', 'avertissements'] as Forms,
    layout: 'Structure du classeur',
    checked: (submissions: number, found: string) =>
      `${counted(submissions, 'fr', ['soumission', 'soumissions'])} ${agreeing(submissions, 'fr', ['vérifiée', 'vérifiées'])} : ${found}.`,
    clean: 'aucun problème trouvé',
    colon: ' :',
  }),
} as const;

/** Issues grouped by Member as the core groups them (workbook-wide ones first), then a one-line total. */
export function checkReport(issues: readonly Issue[], submissions: number, lang: Language): string[] {
  const words = WORDS[lang];
  const lines: string[] = [];
  for (const group of issuesByMember(issues, lang)) {
    lines.push(...issueGroup(group.member ?? words.layout, rowsOf(group.items, lang), lang), '');
  }
  lines.push(words.checked(submissions, issues.length ? tally(issues, lang) : words.clean));
  return lines;
}

/**
 * Issues of the workbook's layout (of no Member), as `check` says them under its "Workbook layout"
 * heading: for `analyze` to say those it reads past, in the same words. Nothing when there are none.
 */
export function layoutIssues(issues: readonly Issue[], lang: Language): string[] {
  const layout = issuesByMember(issues, lang).find((group) => group.member === undefined);
  return layout ? issueGroup(WORDS[lang].layout, rowsOf(layout.items, lang), lang) : [];
}

const rowsOf = (issues: readonly Issue[], lang: Language): IssueRow[] => issues.map((issue) => issueRow(issue, lang));

/** A heading with the issues' tally, then one line per issue: "  error  Responses!C5 F1: … [code]". */
function issueGroup(title: string, issues: readonly IssueRow[], lang: Language): string[] {
  const words = WORDS[lang];
  return [
    `${shortened(title)} — ${tally(issues, lang)}`,
    ...issues.map((issue) => {
      const where = [refText(issue), issue.question].filter(Boolean).join(' ');
      return `  ${words[issue.severity][0]}  ${where}${words.colon} ${issue.message} [${issue.code}]`;
    }),
  ];
}

function tally(rows: readonly { readonly severity: Severity }[], lang: Language): string {
  const words = WORDS[lang];
  const errors = rows.filter((r) => r.severity === 'error').length;
  const parts = [errors && counted(errors, lang, words.error), rows.length - errors && counted(rows.length - errors, lang, words.warning)];
  return parts.filter(Boolean).join(', ');
}
