import { memberQuestionNamed, memberQuestions, withMemberQuestion } from '../../../src/core/xlsform/member-question';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { formOf, INTEGRITY_FORM, itemsOf } from '../../support/xlsform';

/** The integrity form whose Member question is called `administration`, a name the add-in does not guess. */
const UNNAMED = {
  ...INTEGRITY_FORM,
  survey: INTEGRITY_FORM.survey.map((row) => row.map((cell) => (cell === 'country' ? 'administration' : cell))),
};
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('the question naming the Member', () => {
  it('can be any select_one or text question of a form, the one already naming it first', () => {
    expect(ids(memberQuestions(formOf(INTEGRITY_FORM)))).toEqual(['country', 'has_code']);
    expect(ids(memberQuestions(formOf(UNNAMED)))).toEqual(['administration', 'has_code']);
  });

  it('cannot be chosen in the built-in questionnaire, whose Member is a column', () => {
    expect(memberQuestions(SURVEY_1998)).toEqual([]);
    expect(memberQuestionNamed(SURVEY_1998, 'F1')).toBeUndefined();
  });

  it('is found by name in any case, and only among those that can name a Member', () => {
    const form = formOf(UNNAMED);
    expect(memberQuestionNamed(form, ' Administration ')?.id).toBe('administration');
    expect(memberQuestionNamed(form, 'staff')).toBeUndefined();
    expect(memberQuestionNamed(form, 'nowhere')).toBeUndefined();
  });

  it('once chosen, leaves its section and is no longer analysed', () => {
    const form = formOf(UNNAMED);
    const chosen = withMemberQuestion(form, memberQuestionNamed(form, 'administration')!);
    expect(chosen.form?.member?.id).toBe('administration');
    expect(ids(itemsOf(chosen))).not.toContain('administration');
    expect(ids(itemsOf(chosen))).toEqual(ids(itemsOf(form)).filter((id) => id !== 'administration'));
  });

  it('replaces the one named `country`, whose column is then kept without being analysed', () => {
    const form = formOf(INTEGRITY_FORM);
    const chosen = withMemberQuestion(form, memberQuestionNamed(form, 'has_code')!);
    expect(chosen.form?.member?.id).toBe('has_code');
    expect(chosen.form?.unanalysed).toContain('country');
    expect(ids(itemsOf(chosen))).not.toContain('has_code');
  });

  it('is the same questionnaire when the chosen question already names the Member', () => {
    const form = formOf(INTEGRITY_FORM);
    expect(withMemberQuestion(form, form.form!.member!)).toBe(form);
  });
});
