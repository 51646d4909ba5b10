import { ISSUE_REASONS, type IssueCode, type Language, type Severity } from '../../../core';
import type { CheckStrings, IssueFilterField } from '../../i18n/strings';
import type { IssueGroup, IssueView } from './group-issues';

/** A filter's choice that keeps every issue. */
const ANY = '*';

/** What the list shows: for each field, the severity, group key or issue code kept, or ANY. */
export type IssueFilter = Readonly<Record<IssueFilterField, string>>;

export const EVERY_ISSUE: IssueFilter = { severity: ANY, member: ANY, code: ANY };

export interface FilterOption {
  readonly value: string;
  readonly text: string;
}

export type FilterOptions = Readonly<Record<IssueFilterField, readonly FilterOption[]>>;

const SEVERITIES: readonly Severity[] = ['error', 'warning'];

export function isFiltered(filter: IssueFilter): boolean {
  return Object.values(filter).some((value) => value !== ANY);
}

/** The groups the filter keeps, each with the issues it keeps; groups left with none are dropped. */
export function filterGroups(groups: readonly IssueGroup[], filter: IssueFilter): readonly IssueGroup[] {
  if (!isFiltered(filter)) return groups;
  const keeps = (view: IssueView) => (filter.severity === ANY || view.severity === filter.severity) && (filter.code === ANY || view.issue.code === filter.code);
  return groups
    .filter((group) => filter.member === ANY || group.key === filter.member)
    .map((group) => ({ ...group, errors: group.errors.filter(keeps), warnings: group.warnings.filter(keeps) }))
    .filter((group) => group.errors.length + group.warnings.length > 0);
}

export function countIssues(groups: readonly IssueGroup[]): number {
  return groups.reduce((n, group) => n + group.errors.length + group.warnings.length, 0);
}

/** Each filter's choices, from the issues of the whole check: every issue first, then the Members and kinds by name. */
export function filterOptions(groups: readonly IssueGroup[], strings: CheckStrings, lang: Language): FilterOptions {
  const any = (field: IssueFilterField): FilterOption => ({ value: ANY, text: strings.filters[field].any });
  return {
    severity: [any('severity'), ...SEVERITIES.map((severity) => ({ value: severity, text: strings.severityOnly[severity] }))],
    member: [any('member'), ...memberOptions(groups, lang)],
    code: [any('code'), ...codeOptions(groups, lang)],
  };
}

/** The workbook's layout first, as in the list; the Members by name, easier to find among 150 than in the sheet's order. */
function memberOptions(groups: readonly IssueGroup[], lang: Language): FilterOption[] {
  const options = groups.map((g) => ({ value: g.key, text: g.title }));
  return [
    ...options.filter((o) => o.value === 'layout'),
    ...byText(
      options.filter((o) => o.value !== 'layout'),
      lang,
    ),
  ];
}

/** Each kind of issue found, in the few words that name it ("An answer not on the question’s scale"). */
function codeOptions(groups: readonly IssueGroup[], lang: Language): FilterOption[] {
  const codes = new Set<IssueCode>(groups.flatMap((g) => [...g.errors, ...g.warnings].map((view) => view.issue.code)));
  return byText(
    [...codes].map((code) => ({ value: code, text: capitalised(ISSUE_REASONS[lang][code], lang) })),
    lang,
  );
}

function byText(options: FilterOption[], lang: Language): FilterOption[] {
  return options.sort((a, b) => a.text.localeCompare(b.text, lang));
}

function capitalised(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
