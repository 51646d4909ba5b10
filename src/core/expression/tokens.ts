import type { ExpressionProblem } from './expression';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'question'; readonly name: string; readonly at: number }
  /** Punctuation and operators written with symbols: `.` `(` `)` `,` `=` `!=` `<=` `+`… */
  | { readonly kind: 'symbol'; readonly text: string; readonly at: number }
  /** `and`, `or`, `div`, `mod` and function names. */
  | { readonly kind: 'name'; readonly text: string; readonly at: number }
  | { readonly kind: 'end'; readonly at: number };

const PATTERNS: readonly [RegExp, (m: RegExpExecArray, at: number) => Token][] = [
  [/^\d+(?:\.\d*)?|^\.\d+/, (m, at) => ({ kind: 'number', value: Number(m[0]), at })],
  [/^'([^']*)'|^"([^"]*)"/, (m, at) => ({ kind: 'string', value: m[1] ?? m[2], at })],
  [/^\$\{\s*([^{}\s]+)\s*\}/, (m, at) => ({ kind: 'question', name: m[1], at })],
  [/^(?:!=|<=|>=|[.(),=<>+*-])/, (m, at) => ({ kind: 'symbol', text: m[0], at })],
  [/^[A-Za-z_][\w.-]*/, (m, at) => ({ kind: 'name', text: m[0], at })],
];

/** The tokens of an expression, ending with `end`; or where it holds something that is none. */
export function tokenize(text: string): Token[] | ExpressionProblem {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const found = PATTERNS.map(([pattern, make]) => ({ m: pattern.exec(rest), make })).find(({ m }) => m);
    if (!found?.m) return { kind: 'syntax', near: rest };
    tokens.push(found.make(found.m, at));
    at += found.m[0].length;
  }
  tokens.push({ kind: 'end', at });
  return tokens;
}
