/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { SettingsFields } from '../../../../src/taskpane/components/SettingsFields/SettingsFields';
import { renderAlone } from '../../support/render';

describe('SettingsFields', () => {
  it('shows the defaults where the form leaves a setting unset: answered, and the pane’s language', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '' }} onChange={jest.fn()} conditional={false} />, 'fr');
    expect((screen.getByLabelText('Premières réponses') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Répondants ayant répondu à la question') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Français') as HTMLInputElement).checked).toBe(true);
  });

  it('hands every change to the screen', () => {
    const onChange = jest.fn();
    renderAlone(<SettingsFields form={{ firstResponses: '36', language: 'en' }} onChange={onChange} conditional={false} />);
    fireEvent.change(screen.getByLabelText('First responses'), { target: { value: '40' } });
    fireEvent.click(screen.getByLabelText('All counted respondents'));
    expect(onChange.mock.calls).toEqual([[{ firstResponses: '40', language: 'en' }], [{ firstResponses: '36', language: 'en', base: 'respondents' }]]);
  });

  it('says what is wrong with First responses, and whose the Settings sheet is', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '0' }} onChange={jest.fn()} owner="user" conditional={false} />);
    expect(screen.getByText(/^Enter a whole number, 1 or more/)).toBeTruthy();
    expect(screen.getByText(/^The Settings sheet is yours/)).toBeTruthy();
  });

  it('offers the applicable base only where a question is asked under a condition, or the Settings sheet already chose it', () => {
    const applicable = () => screen.queryAllByLabelText(/^Respondents the item applies to/).length;
    const { rerender } = renderAlone(<SettingsFields form={{ firstResponses: '' }} onChange={jest.fn()} conditional={false} />);
    expect(applicable()).toBe(0);
    rerender(<SettingsFields form={{ firstResponses: '' }} onChange={jest.fn()} conditional />);
    expect(applicable()).toBe(1);
    rerender(<SettingsFields form={{ firstResponses: '', base: 'applicable' }} onChange={jest.fn()} conditional={false} />);
    expect(applicable()).toBe(1);
  });
});
