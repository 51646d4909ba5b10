import { createRoot } from 'react-dom/client';
import { languageOfLocale } from '../core';
import { App } from './components/App/App';
import { spawnEngineWorker } from './engine/worker/spawn-worker';
import { excelWorkbook } from './workbook/excel-workbook';
import { openWorkbookFile } from './workbook/open-workbook-file';
import type { PaneMode } from './workbook/pane-workbook';

const IN_BROWSER: PaneMode = { kind: 'browser', open: (file) => openWorkbookFile(file, spawnEngineWorker) };

function start(mode: PaneMode, displayLanguage?: string, officeBackground?: string) {
  createRoot(document.getElementById('root')!).render(
    <App mode={mode} initialLanguage={languageOfLocale(displayLanguage || navigator.language)} officeBackground={officeBackground} />,
  );
}

// office.js may be missing (page opened without it) or loaded outside Office, where onReady
// still fires but with no host: then the pane works on a workbook file the user opens.
if (typeof Office === 'undefined') {
  start(IN_BROWSER);
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return start(IN_BROWSER);
    start({ kind: 'excel', workbook: excelWorkbook() }, Office.context.displayLanguage, Office.context.officeTheme?.bodyBackgroundColor);
  });
}
