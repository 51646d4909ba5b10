/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { Header } from '../../../../src/taskpane/components/Header/Header';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderAlone, renderInBrowser, renderInExcel } from '../../support/render';
import { SURVEY } from '../../support/workbooks';

const title = () => screen.getByRole('heading', { level: 1 });
const icon = () => document.querySelector('header img');

describe('Header', () => {
  it('offers the other language, in that language', () => {
    const onSwitchLanguage = jest.fn();
    renderAlone(<Header showTitle={false} onSwitchLanguage={onSwitchLanguage} />, 'fr');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');
    fireEvent.click(english);
    expect(onSwitchLanguage).toHaveBeenCalledTimes(1);
  });

  it('in Excel, leaves the title to Office’s title bar, and names the pane to screen readers only', async () => {
    renderInExcel(new FakeWorkbook(SURVEY), 'fr');
    expect(title().textContent).toBe('Enquête de l’OMD sur l’intégrité');
    expect(getComputedStyle(title())).toMatchObject({ position: 'absolute', clipPath: 'inset(50%)' });
    expect(icon()).toBeNull();
    await screen.findByText('1 erreur et 18 avertissements dans 4 soumissions.');
  });

  it('in a plain browser, where no title bar names the add-in, shows the title beside the icon', () => {
    renderInBrowser(jest.fn());
    expect(title().textContent).toBe('WCO Integrity Survey');
    expect(getComputedStyle(title()).position).not.toBe('absolute');
    expect(icon()?.getAttribute('src')).toBe('assets/icon-16.png');
  });
});
