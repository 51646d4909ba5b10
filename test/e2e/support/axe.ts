import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { axeFailures } from '../../support/axe-failures';

/** Once the transitions under way have ended (a button re-enabled fades in): axe reads colours as drawn. */
async function transitionsEnded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/** What axe-core finds failing on the page as it stands (see axeFailures), injected into it the first time. */
export async function axeFailuresIn(page: Page, screen: string): Promise<string[]> {
  await transitionsEnded(page);
  // Evaluated by the test, not added as an inline <script>, which the pane's Content Security Policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const injected = (window as unknown as { axe: typeof axe }).axe;
    return (await injected.run(document, { resultTypes: ['violations'] })).violations;
  });
  return axeFailures(violations, screen);
}
