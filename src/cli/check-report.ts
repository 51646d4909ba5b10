import { french, refText, type IssueRow, type Language } from '../core';
import { shortened } from '../core/text/shorten';

const WORDS = {
  en: {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    submission: ['submission', 'submissions'],
    layout: 'Workbook layout',
    checked: (submissions: string, found: string) => `Checked ${submissions}: ${found}.`,
    clean: 'no problems found',
    /** Before an issue's message: "  error  Responses!C5 F1: …". */
    colon: ':',
  },
  fr: french({
    error: ['erreur', 'erreurs'],
    warning: ['avertissement', 'avertissements'],
    submission: ['soumission', 'soumissions'],
    layout: 'Structure du classeur',
    checked: (submissions: string, found: string) => `${capitalise(submissions)} vérifiée${submissions.startsWith('1 ') ? '' : 's'} : ${found}.`,
    clean: 'aucun problème trouvé',
    colon: ' :',
  }),
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Issues grouped by Member (workbook-wide ones first), then a one-line total. */
export function checkReport(rows: readonly IssueRow[], submissions: number, lang: Language): string[] {
  const words = WORDS[lang];
  const groups = new Map<string, IssueRow[]>();
  for (const row of rows) {
    const key = row.member || words.layout;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const lines: string[] = [];
  for (const [member, issues] of [...groups].sort(([a], [b]) => Number(b === words.layout) - Number(a === words.layout))) {
    lines.push(`${shortened(member)} — ${tally(issues, lang)}`);
    for (const issue of issues) {
      const where = [refText(issue), issue.question].filter(Boolean).join(' ');
      lines.push(`  ${words[issue.severity][0]}  ${where}${words.colon} ${issue.message} [${issue.code}]`);
    }
    lines.push('');
  }
  lines.push(words.checked(count(submissions, words.submission), rows.length ? tally(rows, lang) : words.clean));
  return lines;
}

function tally(rows: readonly IssueRow[], lang: Language): string {
  const words = WORDS[lang];
  const errors = rows.filter((r) => r.severity === 'error').length;
  const parts = [errors && count(errors, words.error), rows.length - errors && count(rows.length - errors, words.warning)];
  return parts.filter(Boolean).join(', ');
}
