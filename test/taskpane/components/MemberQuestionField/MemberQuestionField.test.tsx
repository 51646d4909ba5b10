/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { MemberQuestionField } from '../../../../src/taskpane/components/MemberQuestionField/MemberQuestionField';
import { renderAlone } from '../../support/render';
import { formOf, INTEGRITY_FORM, itemsOf } from '../../../support/xlsform';

const FORM = formOf(INTEGRITY_FORM);
const COUNTRY = FORM.form!.member!;
const HAS_CODE = itemsOf(FORM).find((i) => i.id === 'has_code')!;

describe('MemberQuestionField', () => {
  it('shows the question naming the Member by name and label, in the pane’s language', () => {
    renderAlone(<MemberQuestionField questions={[COUNTRY, HAS_CODE]} chosen={COUNTRY} onChoose={jest.fn()} />, 'fr');
    expect(screen.getByRole('combobox', { name: 'Question Membre' }).textContent).toBe('country · Membre');
    expect(screen.getByText(/dont la réponse nomme le Membre. Elle est enregistrée/)).toBeTruthy();
  });

  it('warns while no question names the Member', () => {
    renderAlone(<MemberQuestionField questions={[HAS_CODE]} onChoose={jest.fn()} />);
    expect(screen.getByText('The form has no question named member or country. Choose the one whose answer names the Member.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Member question' }).textContent).toBe('Choose a question');
  });

  it('hands the chosen question’s name to the screen', () => {
    const onChoose = jest.fn();
    renderAlone(<MemberQuestionField questions={[COUNTRY, HAS_CODE]} chosen={COUNTRY} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Member question' }));
    fireEvent.click(screen.getByRole('option', { name: 'has_code · Is there a code of conduct?' }));
    expect(onChoose).toHaveBeenCalledWith('has_code');
  });
});
