import { createRoot } from 'react-dom/client';
import { languageOfLocale } from '../core';
import { App } from './components/App/App';
import { spawnEngineWorker } from './engine/worker/spawn-worker';
import { excelWorkbook } from './workbook/excel-workbook';
import { openWorkbookFile } from './workbook/open-workbook-file';
import type { PaneMode } from './workbook/pane-workbook';

const openFile = (file: File) => openWorkbookFile(file, spawnEngineWorker);
const IN_BROWSER: PaneMode = { kind: 'browser', open: openFile };

/**
 * In a browser because office.js, which taskpane.html loads before this bundle, could not be loaded (its
 * host unreachable): the pane says so. A page without that script was opened without office.js on purpose.
 */
function browserModeWithoutOfficeJs(): PaneMode {
  const script = document.getElementById('office-js');
  if (!(script instanceof HTMLScriptElement)) return IN_BROWSER;
  return { kind: 'browser', open: openFile, excelNotFound: { reason: 'office-js-not-loaded', officeJsHost: new URL(script.src).host } };
}

function start(mode: PaneMode, displayLanguage?: string, officeBackground?: string) {
  createRoot(document.getElementById('root')!).render(
    <App mode={mode} initialLanguage={languageOfLocale(displayLanguage || navigator.language)} officeBackground={officeBackground} />,
  );
}

// office.js loaded outside Office (a plain browser) still calls onReady, with no host: then the pane
// works on a workbook file the user opens, as it does when office.js could not be loaded at all.
if (typeof Office === 'undefined') {
  start(browserModeWithoutOfficeJs());
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return start(IN_BROWSER);
    start({ kind: 'excel', workbook: excelWorkbook() }, Office.context.displayLanguage, Office.context.officeTheme?.bodyBackgroundColor);
  });
}
