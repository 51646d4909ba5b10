import './jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Language } from '../../../src/core';
import { App } from '../../../src/taskpane/components/App/App';
import { STRINGS } from '../../../src/taskpane/i18n/strings';
import { StringsProvider } from '../../../src/taskpane/i18n/StringsContext';
import type { PaneMode } from '../../../src/taskpane/workbook/pane-workbook';
import { FakeWorkbook } from './fake-workbook';
import { SURVEY } from './workbooks';

/** The pane inside "Excel", on a workbook in memory. */
export function renderInExcel(workbook = new FakeWorkbook(SURVEY), language: Language = 'en') {
  const view = render(<App mode={{ kind: 'excel', workbook }} initialLanguage={language} />);
  return { workbook, ...view };
}

export function renderInBrowser(open: Extract<PaneMode, { kind: 'browser' }>['open'], language: Language = 'en') {
  return render(<App mode={{ kind: 'browser', open }} initialLanguage={language} />);
}

/** One component on its own, in the pane's theme and language (kept when the test re-renders it). */
export function renderAlone(ui: ReactElement, language: Language = 'en') {
  const pane = { language, strings: STRINGS[language] };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={pane}>{children}</StringsProvider>
    </FluentProvider>
  );
  return render(ui, { wrapper });
}
