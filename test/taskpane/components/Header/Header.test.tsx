/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { Header } from '../../../../src/taskpane/components/Header/Header';
import { renderAlone } from '../../support/render';

describe('Header', () => {
  it('names the pane and offers the other language, in that language', () => {
    const onSwitchLanguage = jest.fn();
    renderAlone(<Header onSwitchLanguage={onSwitchLanguage} />, 'fr');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Enquête de l’OMD sur l’intégrité');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');
    fireEvent.click(english);
    expect(onSwitchLanguage).toHaveBeenCalledTimes(1);
  });
});
