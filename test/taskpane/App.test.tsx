/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';

function renderApp(props: Parameters<typeof App>[0]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

describe('App', () => {
  it('renders the English title and says it runs in a browser', () => {
    renderApp({ language: 'en', insideExcel: false });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('WCO Integrity Survey');
    expect(screen.getByText('Running in a web browser, outside Excel')).toBeTruthy();
  });

  it('renders the French title and says it runs inside Excel', () => {
    renderApp({ language: 'fr', insideExcel: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Enquête de l'OMD sur l'intégrité");
    expect(screen.getByText('Exécuté dans Excel')).toBeTruthy();
  });
});
