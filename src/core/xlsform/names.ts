import type { CellRef } from '../workbook/address';
import type { FormIssues } from './form-issues';

/** XML's rule for names, as XLSForm applies it: a letter or _, then letters, digits, _, - or . */
const VALID_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

/**
 * The names given so far (questions, groups, fields), case-insensitive as answer columns are read;
 * `claim` says whether a row may use its name, reporting why not.
 */
export class FormNames {
  private readonly first = new Map<string, CellRef>();

  constructor(private readonly issues: FormIssues) {}

  claim(name: string, ref: CellRef): boolean {
    if (!name) return this.refuse({ code: 'form-missing-name' }, ref);
    if (!VALID_NAME.test(name)) return this.refuse({ code: 'form-invalid-name', name }, ref, name);
    const first = this.first.get(name.toLowerCase());
    if (first) return this.refuse({ code: 'form-duplicate-name', name, first }, ref, name);
    this.first.set(name.toLowerCase(), ref);
    return true;
  }

  private refuse(detail: Parameters<FormIssues['report']>[0], ref: CellRef, name?: string): false {
    this.issues.report(detail, ref, name);
    return false;
  }
}
