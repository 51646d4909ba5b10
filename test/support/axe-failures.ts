import type { Result } from 'axe-core';

/** What fails the pane: the impacts that keep someone from using it, and skipped heading levels (issue #15). */
const FAILING_IMPACTS: readonly string[] = ['serious', 'critical'];
const FAILING_RULES: readonly string[] = ['heading-order'];

/** The violations that fail the pane, one line per element: screen, rule, impact, element, help. */
export function axeFailures(violations: readonly Result[], screen: string): string[] {
  return violations
    .filter((v) => FAILING_IMPACTS.includes(v.impact ?? '') || FAILING_RULES.includes(v.id))
    .flatMap((v) => v.nodes.map((node) => `${screen}: ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`));
}
