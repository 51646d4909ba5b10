import { checkWorkbook } from '../../../src/core/check-workbook';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { submissionTemplate, templateSheetName } from '../../../src/core/template/submission-template';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { asWritten } from '../../support/plan';
import { workbook } from '../../support/snapshot';
import { formOf, formSheets, INTEGRITY_FORM } from '../../support/xlsform';

const malaysia = REGISTRY_1998.byCode('MYS')!;
const template = (language: 'en' | 'fr', member = malaysia) =>
  submissionTemplate({ sheetName: member.name[language], language, member }, SURVEY_1998, REGISTRY_1998);
const TODAY = serialOfUtc(2026, 11, 26);

describe('the submission template', () => {
  it('is a sheet for the user to keep: the marker in A1, the Member in C2', () => {
    const plan = template('en');
    expect(plan.role).toBe('input');
    expect(plan.blocks[0].rows[0][0]).toBe('WCO integrity survey submission');
    expect(plan.blocks[1].rows[0]).toEqual(['Member', 'Member', 'Malaysia']);
  });

  it('reads back, filled in as a coordinator would, as one submission with its answers in column C', () => {
    const sheet = asWritten(template('fr'), { C3: '15/03/1998', C8: 'Oui', C9: 'Non', C16: 'Oui' });
    const { survey, issues } = checkWorkbook(workbook(sheet), TODAY);
    expect(survey.submissions).toHaveLength(1);
    const [submission] = survey.submissions;
    expect(submission.member).toMatchObject({ ref: { cell: 'C2' }, parsed: { member: { code: 'MYS' } } });
    expect(submission.answers.map((a) => [a.item.id, a.ref.cell])).toEqual([
      ['F1', 'C8'],
      ['F2', 'C9'],
      ['A1', 'C16'],
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.filter((i) => i.code === 'missing-question' || i.code === 'unknown-row')).toEqual([]);
  });

  it('gives every answer cell a dropdown of its scale in the chosen language, and free text none', () => {
    const plan = template('fr');
    const at = (row: number) => plan.validations!.find((v) => v.range.top === row && v.range.left === 3);
    expect(at(8)?.list).toEqual(['Oui', 'Non']);
    const t1 = plan.blocks.find((b) => b.rows[0]?.[0] === 'T1')!;
    expect(at(t1.top)?.list).toEqual(['Pris', 'Prévu', 'Non prévu']);
    const v9 = plan.blocks.find((b) => b.rows.some((r) => r[0] === 'V9'))!;
    const v9Row = v9.top + v9.rows.findIndex((r) => r[0] === 'V9');
    expect(at(v9Row)).toBeUndefined();
  });

  it('offers the Members of the registry as the Member dropdown, from a hidden column', () => {
    const plan = template('en');
    const member = plan.validations!.find((v) => v.range.top === 2)!;
    expect(member.list).toEqual({ sheet: 'Malaysia', column: 26, top: 1, bottom: 150 });
    expect(plan.hiddenColumns).toEqual([26]);
    const list = plan.blocks.find((b) => b.left === 26)!;
    expect(list.rows).toHaveLength(150);
  });

  it('leaves only the cells to fill in editable', () => {
    const plan = template('en');
    const editable = plan.protection!.editable;
    expect(editable[0]).toEqual({ top: 2, left: 3, bottom: 4, right: 3 });
    expect(editable.every((r) => r.left === 3 && r.right === 3)).toBe(true);
    const items = SURVEY_1998.sections.flatMap((s) => s.items).length;
    expect(editable.slice(1).reduce((n, r) => n + r.bottom - r.top + 1, 0)).toBe(items);
  });
});

describe('the template sheet’s name', () => {
  it('is the Member’s name, numbered when taken, within Excel’s 31 characters', () => {
    expect(templateSheetName(malaysia, 'fr', [])).toBe('Malaisie');
    expect(templateSheetName(malaysia, 'en', ['malaysia', 'Malaysia (2)'])).toBe('Malaysia (3)');
    const macedonia = REGISTRY_1998.byCode('MKD')!;
    expect(templateSheetName(macedonia, 'en', [])).toHaveLength(31);
    expect(templateSheetName(undefined, 'fr', [])).toBe('Soumission');
  });
});

describe('the submission template of an XLSForm questionnaire', () => {
  const form = formOf(INTEGRITY_FORM);
  const plan = submissionTemplate({ sheetName: 'Kenya', language: 'en', member: REGISTRY_1998.byCode('KEN')! }, form, REGISTRY_1998);
  const rowOf = (id: string) => {
    const block = plan.blocks.find((b) => b.left === 1 && b.rows.some((r) => r[0] === id))!;
    return block.top + block.rows.findIndex((r) => r[0] === id);
  };
  const labelOf = (id: string) => plan.blocks.flatMap((b) => b.rows).find((r) => r[0] === id)?.[1];

  it('is titled after the form, one heading per group, the questions but its notes and its Member question', () => {
    expect(plan.blocks[0].rows[0]).toEqual(['WCO integrity survey submission', 'Integrity survey 2027 — submission']);
    const headings = plan.blocks.filter((b) => b.style === 'heading').map((b) => b.rows[0]);
    expect(headings).toEqual([
      ['code', 'Code of conduct'],
      ['', 'Questions'],
    ]);
    const ids = plan.blocks.filter((b) => b.left === 1 && b.top >= 7 && b.style === undefined).flatMap((b) => b.rows.map((r) => r[0]));
    expect(ids).toEqual(['has_code', 'measures', 'staff', 'adopted']);
  });

  it('says how to answer where no dropdown does: several choices by name, numbers, dates', () => {
    expect(labelOf('measures')).toBe('Measures in place (one or more of code, training, rotation, separated by spaces)');
    expect(labelOf('staff')).toBe('Staff trained (a whole number)');
    expect(labelOf('adopted')).toBe('Date adopted (a date)');
    const dropdowns = plan.validations!.filter((v) => v.range.top > 4).map((v) => v.range.top);
    expect(dropdowns).toEqual([rowOf('has_code')]);
  });

  it('reads back against the form, filled in as a coordinator would', () => {
    const filled = asWritten(plan, {
      [`C${rowOf('has_code')}`]: 'Yes',
      [`C${rowOf('measures')}`]: 'code training',
      [`C${rowOf('staff')}`]: 120,
    });
    const { survey, issues } = checkWorkbook(workbook(...formSheets(INTEGRITY_FORM), filled), TODAY);
    expect(survey.submissions).toHaveLength(1);
    expect(survey.submissions[0].answers.map((a) => [a.item.id, a.parsed])).toEqual([
      ['has_code', { kind: 'choice', choice: 'yes' }],
      ['measures', { kind: 'choices', choices: ['code', 'training'] }],
      ['staff', { kind: 'number', value: 120 }],
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
