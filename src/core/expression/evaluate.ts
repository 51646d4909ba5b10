import type { Expression, FunctionName, Operator, Value } from './expression';

/** The answers an expression reads: the one being checked (`.`) and the others by name. */
export interface Scope {
  readonly self: Value;
  question(name: string): Value;
}

const DAY_MS = 86_400_000;

/** XPath's rules for values that are not node-sets: booleans, numbers and strings. */
export function evaluate(expression: Expression, scope: Scope): Value {
  switch (expression.kind) {
    case 'number':
    case 'string':
      return expression.value;
    case 'self':
      return scope.self;
    case 'question':
      return scope.question(expression.name);
    case 'negative':
      return -numberOf(evaluate(expression.operand, scope));
    case 'call':
      return call(
        expression.name,
        expression.args.map((a) => evaluate(a, scope)),
      );
    case 'binary':
      return binary(expression.operator, expression.left, expression.right, scope);
  }
}

export function truth(value: Value): boolean {
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return typeof value === 'string' ? value !== '' : value;
}

/** A number as XPath reads one; an ISO date counts days since 1970, as ODK compares dates. */
export function numberOf(value: Value): number {
  if (typeof value !== 'string') return Number(value);
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T00:00:00Z`) / DAY_MS;
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
}

function call(name: FunctionName, args: readonly Value[]): Value {
  switch (name) {
    case 'selected':
      return selections(args[0]).includes(String(args[1]).trim());
    case 'count-selected':
      return selections(args[0]).length;
    case 'not':
      return !truth(args[0]);
    default:
      return name === 'true';
  }
}

function selections(value: Value): string[] {
  return String(value).split(/\s+/).filter(Boolean);
}

function binary(operator: Operator, leftExpression: Expression, rightExpression: Expression, scope: Scope): Value {
  const left = evaluate(leftExpression, scope);
  if (operator === 'and') return truth(left) && truth(evaluate(rightExpression, scope));
  if (operator === 'or') return truth(left) || truth(evaluate(rightExpression, scope));
  const right = evaluate(rightExpression, scope);
  switch (operator) {
    case '=':
      return equal(left, right);
    case '!=':
      return !equal(left, right);
    case '<':
      return numberOf(left) < numberOf(right);
    case '<=':
      return numberOf(left) <= numberOf(right);
    case '>':
      return numberOf(left) > numberOf(right);
    case '>=':
      return numberOf(left) >= numberOf(right);
    default:
      return arithmetic(operator, numberOf(left), numberOf(right));
  }
}

function equal(left: Value, right: Value): boolean {
  if (typeof left === 'boolean' || typeof right === 'boolean') return truth(left) === truth(right);
  if (typeof left === 'number' || typeof right === 'number') return numberOf(left) === numberOf(right);
  return left === right;
}

function arithmetic(operator: '+' | '-' | '*' | 'div' | 'mod', left: number, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case 'div':
      return left / right;
    case 'mod':
      return left % right;
  }
}
