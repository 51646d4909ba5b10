import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { languageOfLocale } from '../core/i18n/language';

function render(insideExcel: boolean, displayLanguage?: string) {
  const language = languageOfLocale(displayLanguage || navigator.language);
  document.documentElement.lang = language;
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} insideExcel={insideExcel} />
    </FluentProvider>,
  );
}

// office.js may be missing (page opened without it) or loaded outside Office, where onReady
// still fires but with a null host and no display language.
if (typeof Office === 'undefined') {
  render(false);
} else {
  Office.onReady((info) => render(info.host === Office.HostType.Excel, Office.context?.displayLanguage));
}
