/**
 * The XLSForm expressions the add-in evaluates in `relevant`, `constraint` and `required`: the part
 * of XPath that forms commonly use. `.` is the answer being checked, `${name}` another question's.
 */
export type Operator = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'div' | 'mod';

export const FUNCTIONS = { selected: 2, 'count-selected': 1, not: 1, true: 0, false: 0 } as const;
export type FunctionName = keyof typeof FUNCTIONS;

export type Expression =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'self' }
  | { readonly kind: 'question'; readonly name: string }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly args: readonly Expression[] }
  | { readonly kind: 'negative'; readonly operand: Expression }
  | { readonly kind: 'binary'; readonly operator: Operator; readonly left: Expression; readonly right: Expression };

/** What an answer or an expression is worth. A blank answer is the empty string, as in ODK. */
export type Value = string | number | boolean;

/** Why an expression cannot be evaluated: it is then ignored, never guessed at. */
export type ExpressionProblem =
  /** `near` is the text from where it could not be read ('' when it ends too soon). */
  | { readonly kind: 'syntax'; readonly near: string }
  | { readonly kind: 'function'; readonly name: string }
  | { readonly kind: 'question'; readonly name: string };

/** Every `${name}` an expression refers to, in order. */
export function questionsIn(expression: Expression): string[] {
  switch (expression.kind) {
    case 'question':
      return [expression.name];
    case 'call':
      return expression.args.flatMap(questionsIn);
    case 'negative':
      return questionsIn(expression.operand);
    case 'binary':
      return [...questionsIn(expression.left), ...questionsIn(expression.right)];
    default:
      return [];
  }
}
