import './jsdom';
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderOptions } from '@testing-library/react';
import { useState, type ReactElement, type ReactNode } from 'react';
import type { Language } from '../../../src/core';
import { App } from '../../../src/taskpane/components/App/App';
import { STRINGS } from '../../../src/taskpane/i18n/strings';
import { StringsProvider } from '../../../src/taskpane/i18n/StringsContext';
import type { ExcelNotFound, PaneMode } from '../../../src/taskpane/workbook/pane-workbook';
import { FakeWorkbook } from './fake-workbook';
import { SURVEY } from './workbooks';

/**
 * Only the style rules a test can observe in jsdom: what hides an element. jsdom's selector engine keeps
 * a thousand compiled selectors; past that every query recompiles every rule of the page, and the
 * pane's styles are more than that.
 */
const OBSERVED_RULE = /display:\s*none|visibility:\s*hidden|position:\s*absolute|clip-path/;

function Styles({ children }: { children: ReactNode }) {
  const [renderer] = useState(() => createDOMRenderer(document, { unstable_filterCSSRule: (rule) => OBSERVED_RULE.test(rule) }));
  return <RendererProvider renderer={renderer}>{children}</RendererProvider>;
}

function renderStyled(ui: ReactElement, options: RenderOptions = {}) {
  const Inner = options.wrapper ?? (({ children }: { children: ReactNode }) => <>{children}</>);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Styles>
      <Inner>{children}</Inner>
    </Styles>
  );
  return render(ui, { ...options, wrapper });
}

/** The pane inside "Excel", on a workbook in memory. */
export function renderInExcel(workbook = new FakeWorkbook(SURVEY), language: Language = 'en') {
  const view = renderStyled(<App mode={{ kind: 'excel', workbook }} initialLanguage={language} />);
  return { workbook, ...view };
}

/** The pane in a browser, on the workbook files `open` gives; `excelNotFound` when office.js could not be loaded. */
export function renderInBrowser(open: Extract<PaneMode, { kind: 'browser' }>['open'], language: Language = 'en', excelNotFound?: ExcelNotFound) {
  return renderStyled(<App mode={{ kind: 'browser', open, ...(excelNotFound ? { excelNotFound } : {}) }} initialLanguage={language} />);
}

/** One component on its own, in the pane's theme and language (kept when the test re-renders it). */
export function renderAlone(ui: ReactElement, language: Language = 'en') {
  const pane = { language, strings: STRINGS[language] };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={pane}>{children}</StringsProvider>
    </FluentProvider>
  );
  return renderStyled(ui, { wrapper });
}
