import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { questionnaireForm, xlsformName } from '../../../src/core/xlsform/write-xlsform';
import { readXlsForm } from '../../../src/core/xlsform/read-xlsform';
import { workbook } from '../../support/snapshot';
import { asWritten } from '../../support/plan';
import { formOf, INTEGRITY_FORM, itemsOf } from '../../support/xlsform';

const sheetsOf = (plan: ReturnType<typeof questionnaireForm>) => workbook(...plan.sheets.map((s) => asWritten(s)));
const rowsOf = (plan: ReturnType<typeof questionnaireForm>, name: string) => asWritten(plan.sheets.find((s) => s.name === name)!).rows;
const text = (rows: ReturnType<typeof rowsOf>) =>
  rows.map((r) => (r ?? []).map((c) => (c === undefined ? null : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : c.kind)));

describe('the 1998 questionnaire written as an XLSForm', () => {
  const plan = questionnaireForm(SURVEY_1998);

  it('writes survey, choices and settings, each the user’s to edit', () => {
    expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([
      ['survey', 'input'],
      ['choices', 'input'],
      ['settings', 'input'],
    ]);
  });

  it('heads the survey sheet in both languages, asks for the Member first, and groups each section under its ID', () => {
    const survey = text(rowsOf(plan, 'survey'));
    expect(survey[0]).toEqual(['type', 'name', 'label::English (en)', 'label::French (fr)', 'required']);
    expect(survey[1]).toEqual(['text', 'member', 'Member', 'Membre', 'yes']);
    expect(survey[2]).toEqual([
      'begin_group',
      'S1',
      'Forces impacting on Customs integrity and conduct',
      'Facteurs influant sur l’intégrité et la conduite en douane',
      null,
    ]);
    expect(survey[3]).toEqual(['select_one YN', 'F1', 'Greater public and media scrutiny', 'Surveillance accrue du public et des médias', null]);
    expect(survey.filter((r) => r[0] === 'begin_group').map((r) => r[1])).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
    expect(survey.filter((r) => r[0] === 'end_group')).toHaveLength(9);
    expect(survey.find((r) => r[1] === 'G1')?.[0]).toBe('select_one CPB');
    expect(survey.find((r) => r[1] === 'V9')?.[0]).toBe('text');
  });

  it('writes each scale as a list, its choices named by their English words made XLSForm-safe', () => {
    const choices = text(rowsOf(plan, 'choices'));
    expect(choices[0]).toEqual(['list_name', 'name', 'label::English (en)', 'label::French (fr)']);
    expect(choices.slice(1).map((r) => `${r[0]}:${r[1]}`)).toEqual([
      'YN:yes',
      'YN:no',
      'TIN:taken',
      'TIN:intended',
      'TIN:not_planned',
      'CPB:customs_specific',
      'CPB:public_service_wide',
      'CPB:both',
      'CPB:none',
      'PPN:in_place',
      'PPN:partly',
      'PPN:not_in_place',
    ]);
    expect(choices[3]).toEqual(['TIN', 'taken', 'Taken', 'Pris']);
  });

  it('gives the title, ID, version and default language in the settings sheet', () => {
    expect(text(rowsOf(questionnaireForm(SURVEY_1998, 'fr'), 'settings'))).toEqual([
      ['form_title', 'form_id', 'version', 'default_language'],
      [SURVEY_1998.title.fr, 'wco-integrity-1998', '1', 'French (fr)'],
    ]);
  });

  it('reads back without an issue as the same questionnaire: sections, items, types, labels, choices', () => {
    const { questionnaire, issues } = readXlsForm(sheetsOf(plan));
    expect(issues).toEqual([]);
    expect(questionnaire.sections.map((s) => [s.id, s.label])).toEqual(SURVEY_1998.sections.map((s) => [s.id, s.label]));
    const strip = (items: ReturnType<typeof itemsOf>) => items.map((i) => [i.id, i.sectionId, i.type, i.label, i.scale.choices.map((c) => c.label)]);
    expect(strip(itemsOf(questionnaire))).toEqual(strip(itemsOf(SURVEY_1998)));
    expect(questionnaire.form?.member?.id).toBe('member');
  });

  it('asks for the Member from a list of their codes when the Members are given', () => {
    const withMembers = questionnaireForm(SURVEY_1998, 'en', REGISTRY_1998.members);
    expect(text(rowsOf(withMembers, 'survey'))[1]).toEqual(['select_one members', 'member', 'Member', 'Membre', 'yes']);
    const choices = text(rowsOf(withMembers, 'choices'));
    expect(choices.filter((r) => r[0] === 'members')).toHaveLength(REGISTRY_1998.members.length);
    expect(choices).toContainEqual(['members', 'MYS', 'Malaysia', 'Malaisie']);
    expect(readXlsForm(sheetsOf(withMembers)).issues).toEqual([]);
  });

  it.each([
    ['Yes', 'yes'],
    ['Not planned', 'not_planned'],
    ['Customs-specific', 'customs_specific'],
    ['Public-service-wide', 'public_service_wide'],
    ['Côte d’Ivoire', 'cote_d_ivoire'],
    ['1998', '_1998'],
  ])('names %p as %p', (word, name) => {
    expect(xlsformName(word)).toBe(name);
  });
});

describe('an XLSForm questionnaire written back out', () => {
  it('keeps its names, groups, conditions and messages, and reads back the same', () => {
    const form = formOf(INTEGRITY_FORM);
    const plan = questionnaireForm(form);
    const survey = text(rowsOf(plan, 'survey'));
    expect(survey[0]).toEqual([
      'type',
      'name',
      'label::English (en)',
      'label::French (fr)',
      'required',
      'relevant',
      'constraint',
      'constraint_message::English (en)',
      'constraint_message::French (fr)',
    ]);
    expect(survey[1].slice(0, 2)).toEqual(['select_one country', 'country']);
    const { questionnaire, issues } = readXlsForm(sheetsOf(plan));
    expect(issues).toEqual([]);
    const strip = (items: ReturnType<typeof itemsOf>) =>
      items.map((i) => [i.id, i.type, i.groups, i.scale.choices.map((c) => c.name), i.required?.text, i.constraint?.text, !!i.relevant]);
    expect(strip(itemsOf(questionnaire))).toEqual(strip(itemsOf(form)));
    expect(questionnaire.form?.member?.id).toBe('country');
  });
});
