import { questionsIn, type Expression } from '../expression/expression';
import { parseExpression } from '../expression/parse';
import type { Condition } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import type { FormIssues } from './form-issues';
import { refAt, textOf, type FormTable } from './form-table';

export type ConditionColumn = 'relevant' | 'constraint' | 'required';

/** A condition of a row, read, whose references are yet to be checked against the whole form. */
export interface PendingCondition {
  readonly condition: Condition;
  readonly column: ConditionColumn;
  readonly ref: CellRef;
  readonly name: string;
}

const TRUE: Expression = { kind: 'call', name: 'true', args: [] };
const REQUIRED = new Set(['yes', 'true', 'true()', '1']);
const NOT_REQUIRED = new Set(['', 'no', 'false', 'false()', '0']);

/** A row's `relevant`, `constraint` or `required`; `required` may be yes/true/1 as well as an expression. */
export function readCondition(table: FormTable, row: number, column: ConditionColumn, name: string, issues: FormIssues): PendingCondition | undefined {
  const text = textOf(table, row, column);
  const ref = refAt(table, row, column);
  const word = text.toLowerCase();
  if (column === 'required' && REQUIRED.has(word)) return { condition: { text, expression: TRUE }, column, ref, name };
  if (column === 'required' ? NOT_REQUIRED.has(word) : !text) return undefined;
  const parsed = parseExpression(text);
  if (parsed.ok) return { condition: { text, expression: parsed.expression }, column, ref, name };
  issues.report({ code: 'form-unreadable-expression', column, expression: text, problem: parsed.problem }, ref, name);
  return undefined;
}

/**
 * The conditions whose every `${name}` is a question the add-in reads; each other one is reported,
 * once, and ignored.
 */
export class ConditionCheck {
  private readonly checked = new Map<PendingCondition, boolean>();

  constructor(
    private readonly reads: (name: string) => boolean,
    private readonly issues: FormIssues,
  ) {}

  usable(pending: PendingCondition | undefined): Condition | undefined {
    if (!pending) return undefined;
    let usable = this.checked.get(pending);
    if (usable === undefined) {
      const unknown = questionsIn(pending.condition.expression).find((name) => !this.reads(name));
      usable = unknown === undefined;
      if (unknown !== undefined) {
        const { column, condition, ref, name } = pending;
        this.issues.report({ code: 'form-unreadable-expression', column, expression: condition.text, problem: { kind: 'question', name: unknown } }, ref, name);
      }
      this.checked.set(pending, usable);
    }
    return usable ? pending.condition : undefined;
  }
}

/** Conditions that must all hold, as one: a group's `relevant` and its questions'. */
export function allOf(conditions: readonly (Condition | undefined)[]): Condition | undefined {
  const present = conditions.filter((c): c is Condition => c !== undefined);
  if (present.length <= 1) return present[0];
  return {
    text: present.map((c) => `(${c.text})`).join(' and '),
    expression: present.map((c) => c.expression).reduce((left, right) => ({ kind: 'binary', operator: 'and', left, right })),
  };
}
