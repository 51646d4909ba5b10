import type { Issue } from '../../../../src/core';

/** "Member 1", "Member 2"… */
export const numbered = (n: number) => Array.from({ length: n }, (_, i) => `Member ${i + 1}`);

/**
 * `count` issues at rows 2, 3… of Responses, from the Members named in turn: every third an
 * Excel error value in the cell (an error), the others an empty submission (a warning).
 */
export function manyIssues(count: number, members: readonly string[]): Issue[] {
  return Array.from({ length: count }, (_, i): Issue => {
    const about = { ref: { sheet: 'Responses', cell: `B${i + 2}` }, member: { text: members[i % members.length] } };
    return i % 3 === 0 ? { code: 'error-value', error: '#N/A', severity: 'error', ...about } : { code: 'empty-submission', severity: 'warning', ...about };
  });
}
