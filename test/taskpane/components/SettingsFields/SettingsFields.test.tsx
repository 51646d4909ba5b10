/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { SettingsFields } from '../../../../src/taskpane/components/SettingsFields/SettingsFields';
import { renderAlone } from '../../support/render';

describe('SettingsFields', () => {
  it('shows the defaults where the form leaves a setting unset: answered, and the pane’s language', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '', population: '' }} onChange={jest.fn()} conditional={false} />, 'fr');
    expect((screen.getByLabelText('Premières réponses') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Répondants ayant répondu à la question') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Français') as HTMLInputElement).checked).toBe(true);
  });

  it('hands every change to the screen', () => {
    const onChange = jest.fn();
    renderAlone(<SettingsFields form={{ firstResponses: '36', population: '', language: 'en' }} onChange={onChange} conditional={false} />);
    fireEvent.change(screen.getByLabelText('First responses'), { target: { value: '40' } });
    fireEvent.click(screen.getByLabelText('All counted respondents'));
    fireEvent.change(screen.getByLabelText('Population'), { target: { value: '4000' } });
    expect(onChange.mock.calls).toEqual([
      [{ firstResponses: '40', population: '', language: 'en' }],
      [{ firstResponses: '36', population: '', language: 'en', base: 'respondents' }],
      [{ firstResponses: '36', population: '4000', language: 'en' }],
    ]);
  });

  it('says what is wrong with First responses, and whose the Settings sheet is', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '0', population: '' }} onChange={jest.fn()} owner="user" conditional={false} />);
    expect(screen.getByText(/^Enter a whole number, 1 or more/)).toBeTruthy();
    expect(screen.getByText(/^The Settings sheet is yours/)).toBeTruthy();
  });

  it('shows Population beside First responses, empty for the Members of the registry, and says so', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '', population: '' }} onChange={jest.fn()} conditional={false} />);
    const ids = screen.getAllByRole('spinbutton').map((input) => input.id);
    expect(ids).toEqual([screen.getByLabelText('First responses').id, screen.getByLabelText('Population').id]);
    expect((screen.getByLabelText('Population') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('How many the survey was sent to. Leave empty for the Members of the registry (150).')).toBeTruthy();
  });

  it('shows Population in French', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '', population: '4000' }} onChange={jest.fn()} conditional={false} />, 'fr');
    expect((screen.getByLabelText('Population') as HTMLInputElement).value).toBe('4000');
    expect(screen.getByText(/^Le nombre de destinataires de l’enquête\. Laissez vide pour les Membres du registre \(150\)\.$/)).toBeTruthy();
  });

  it('says what is wrong with Population, and only with it', () => {
    renderAlone(<SettingsFields form={{ firstResponses: '', population: '2.5' }} onChange={jest.fn()} conditional={false} />);
    expect(screen.getByText('Enter a whole number, 1 or more, or leave the field empty for the Members of the registry.')).toBeTruthy();
    expect(screen.queryByText(/to count every submission\.$/)).toBeNull();
  });

  it('offers the applicable base only where a question is asked under a condition, or the Settings sheet already chose it', () => {
    const applicable = () => screen.queryAllByLabelText(/^Respondents the item applies to/).length;
    const { rerender } = renderAlone(<SettingsFields form={{ firstResponses: '', population: '' }} onChange={jest.fn()} conditional={false} />);
    expect(applicable()).toBe(0);
    rerender(<SettingsFields form={{ firstResponses: '', population: '' }} onChange={jest.fn()} conditional />);
    expect(applicable()).toBe(1);
    rerender(<SettingsFields form={{ firstResponses: '', population: '', base: 'applicable' }} onChange={jest.fn()} conditional={false} />);
    expect(applicable()).toBe(1);
  });
});
