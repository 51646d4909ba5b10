import { FUNCTIONS, type Expression, type ExpressionProblem, type FunctionName, type Operator } from './expression';
import { tokenize, type Token } from './tokens';

export type ParsedExpression = { readonly ok: true; readonly expression: Expression } | { readonly ok: false; readonly problem: ExpressionProblem };

/** Binary operators from the loosest to the tightest binding, as in XPath. */
const LEVELS: readonly (readonly Operator[])[] = [['or'], ['and'], ['=', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', 'div', 'mod']];

class Unreadable extends Error {
  constructor(readonly problem: ExpressionProblem) {
    super(problem.kind);
  }
}

export function parseExpression(text: string): ParsedExpression {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, problem: tokens };
  try {
    const parser = new Parser(text, tokens);
    const expression = parser.binary(0);
    parser.expectEnd();
    return { ok: true, expression };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, problem: error.problem };
    throw error;
  }
}

class Parser {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  binary(level: number): Expression {
    if (level === LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (let operator = this.operator(level); operator; operator = this.operator(level)) {
      this.position++;
      left = { kind: 'binary', operator, left, right: this.binary(level + 1) };
    }
    return left;
  }

  expectEnd(): void {
    if (this.next.kind !== 'end') this.fail();
  }

  private get next(): Token {
    return this.tokens[this.position];
  }

  private operator(level: number): Operator | undefined {
    const token = this.next;
    const text = token.kind === 'symbol' || token.kind === 'name' ? token.text : undefined;
    return LEVELS[level].find((o) => o === text);
  }

  private unary(): Expression {
    if (this.isSymbol('-')) {
      this.position++;
      return { kind: 'negative', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expression {
    const token = this.tokens[this.position++];
    switch (token.kind) {
      case 'number':
      case 'string':
        return { kind: token.kind, value: token.value } as Expression;
      case 'question':
        return { kind: 'question', name: token.name };
      case 'name':
        return this.call(token.text);
      case 'symbol':
        if (token.text === '.') return { kind: 'self' };
        if (token.text === '(') return this.parenthesised();
    }
    this.position--;
    return this.fail();
  }

  private parenthesised(): Expression {
    const inner = this.binary(0);
    this.expect(')');
    return inner;
  }

  private call(name: string): Expression {
    const start = this.position - 1;
    if (!this.isSymbol('(')) {
      this.position = start;
      return this.fail();
    }
    if (!(name in FUNCTIONS)) throw new Unreadable({ kind: 'function', name });
    this.position++;
    const args: Expression[] = [];
    while (!this.isSymbol(')')) {
      if (args.length > 0) this.expect(',');
      args.push(this.binary(0));
    }
    this.position++;
    if (args.length !== FUNCTIONS[name as FunctionName]) {
      this.position = start;
      this.fail();
    }
    return { kind: 'call', name: name as FunctionName, args };
  }

  private isSymbol(text: string): boolean {
    const token = this.next;
    return token.kind === 'symbol' && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isSymbol(text)) this.fail();
    this.position++;
  }

  private fail(): never {
    throw new Unreadable({ kind: 'syntax', near: this.text.slice(this.next.at).trim() });
  }
}
