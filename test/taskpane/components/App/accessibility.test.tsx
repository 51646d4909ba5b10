/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { STRINGS, type Strings } from '../../../../src/taskpane/i18n/strings';
import { axeFailures } from '../../../support/axe-failures';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { SURVEY } from '../../support/workbooks';

// jsdom draws nothing, so the rules that measure what is drawn are left to the browser tests
// (test/e2e/accessibility.e2e.ts, in Chromium); here every element would measure 0 by 0, in no colour.
const DRAWN = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function audit(screenName: string): Promise<string[]> {
  // In act(): what Fluent's components update meanwhile (the tab's indicator, a closing list) is applied.
  const results = await act(() => axe.run(document.body, { rules: DRAWN, resultTypes: ['violations'] }));
  return axeFailures(results.violations, screenName);
}

const click = (role: 'tab' | 'button' | 'radio', name: string) => fireEvent.click(screen.getByRole(role, { name }));

async function compareEachSubject(s: Strings, failures: string[]) {
  click('tab', s.tabs.compare);
  for (const kind of ['member', 'region', 'round'] as const) {
    click('radio', s.compare.kinds[kind]);
    fireEvent.click(screen.getByRole('combobox', { name: s.compare[kind] }));
    const option = screen.getAllByRole('option')[0];
    const subject = option.textContent!;
    fireEvent.click(option);
    click('button', s.compare.preview);
    await screen.findByText(s.compare.ready(subject));
    failures.push(...(await audit(`Compare, ${kind} ${subject}`)));
  }
}

describe('the pane inside Excel, to axe-core', () => {
  // Both languages are the browser tests' (test/e2e/accessibility.e2e.ts): axe takes seconds a screen in jsdom.
  it('has no serious or critical violation, nor a skipped heading level, on any screen', async () => {
    const s = STRINGS.en;
    renderInExcel(new FakeWorkbook(SURVEY));
    await screen.findAllByText(s.check.severity.error(1), { exact: false });
    const failures = await audit('Check');

    click('tab', s.tabs.analyse);
    click('button', s.analyse.run);
    await screen.findByText(s.analyse.headline.heading);
    failures.push(...(await audit('Analyse')));

    await compareEachSubject(s, failures);

    click('tab', s.tabs.crm);
    click('button', s.crm.readAgain);
    await screen.findByText(s.crm.ready(2), { exact: false });
    failures.push(...(await audit('CRM')));

    click('tab', s.tabs.template);
    failures.push(...(await audit('Template')));
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('the tabs, by keyboard', () => {
  const tab = (name: string) => screen.getByRole('tab', { name });
  const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
  const focused = () => [document.activeElement!.textContent, document.activeElement!.getAttribute('aria-selected')];

  it('are one stop in the tab order, the selected tab; arrow keys, Home and End move among them, selecting', async () => {
    renderInExcel();
    await screen.findAllByText(STRINGS.en.check.severity.error(1), { exact: false });
    const inTabOrder = () => screen.getAllByRole('tab').flatMap((t) => (t.tabIndex === 0 ? [t.textContent] : []));
    expect(inTabOrder()).toEqual(['Check']);

    act(() => tab('Check').focus());
    press('ArrowRight');
    expect(focused()).toEqual(['Analyse', 'true']);
    expect(inTabOrder()).toEqual(['Analyse']);
    expect(screen.getByRole('tabpanel', { name: 'Analyse' })).toBeTruthy();
    press('End');
    expect(focused()).toEqual(['Template', 'true']);
    press('ArrowRight');
    expect(focused()).toEqual(['Check', 'true']);
    press('ArrowLeft');
    expect(focused()).toEqual(['Template', 'true']);
    press('Home');
    expect(focused()).toEqual(['Check', 'true']);
  });
});
