import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import type { SheetPlan } from '../../../src/core/report/plan';
import { submissionTemplate, TEMPLATE_MEMBER_CELL, templateSheetName } from '../../../src/core/template/submission-template';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { asWritten } from '../../support/plan';
import { workbook } from '../../support/snapshot';
import { formOf, formSheets, INTEGRITY_FORM } from '../../support/xlsform';

const malaysia = REGISTRY_1998.byCode('MYS')!;
const template = (language: 'en' | 'fr', member = malaysia) =>
  submissionTemplate({ sheetName: member.name[language], language, member }, SURVEY_1998, REGISTRY_1998);
const TODAY = serialOfUtc(2026, 11, 26);

/** The value at a cell of the sheet as the plan writes it; undefined where nothing is. */
const valueAt = (plan: SheetPlan, address: string) => {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const [row, column] = [Number(digits), letters.charCodeAt(0) - 64];
  return plan.blocks.map((b) => b.rows[row - b.top]?.[column - b.left]).find((v) => v !== undefined);
};
const blockAt = (plan: SheetPlan, row: number, column: number) =>
  plan.blocks.find((b) => b.top <= row && row < b.top + b.rows.length && b.left <= column && column < b.left + Math.max(...b.rows.map((r) => r.length)));
const rowOfId = (plan: SheetPlan, id: string) => {
  const block = plan.blocks.find((b) => b.left === 1 && b.rows.some((r) => r[0] === id))!;
  return block.top + block.rows.findIndex((r) => r[0] === id);
};

describe('the submission template', () => {
  it('is a sheet for the user to keep: the marker alone in A1, so that it shows whole, the title under it, the Member in C3', () => {
    const plan = template('en');
    expect(plan.role).toBe('input');
    expect(valueAt(plan, 'A1')).toBe('WCO integrity survey submission');
    expect(valueAt(plan, 'B1')).toBeUndefined();
    expect(valueAt(plan, 'A2')).toBe('WCO Survey of Integrity Practices — submission');
    expect([valueAt(plan, 'A3'), valueAt(plan, 'B3'), valueAt(plan, 'C3')]).toEqual(['Member', 'Member', 'Malaysia']);
    expect(TEMPLATE_MEMBER_CELL).toBe('C3');
  });

  it('keeps the marker in A1 in English, whatever the language: it is how the sheet is recognised', () => {
    const plan = template('fr');
    expect(valueAt(plan, 'A1')).toBe('WCO integrity survey submission');
    expect(valueAt(plan, 'A2')).toBe('Enquête de l’OMD sur les pratiques en matière d’intégrité — soumission');
  });

  it('heads the answer column, and the columns beside it, in the chosen language, kept in view while scrolling', () => {
    const header = (lang: 'en' | 'fr') => ['B7', 'C7', 'D7'].map((a) => valueAt(template(lang), a));
    expect(header('en')).toEqual(['Question', 'Answer', 'Allowed answers']);
    expect(header('fr')).toEqual(['Question', 'Réponse', 'Réponses possibles']);
    expect(blockAt(template('en'), 7, 3)?.style).toBe('label');
    expect(template('en').freeze).toEqual({ rows: 7, columns: 0 });
  });

  it('shades and boxes every cell to fill in, blank or not, and only those', () => {
    const plan = template('en');
    const inputs = plan.blocks.filter((b) => b.style === 'input');
    expect(inputs.every((b) => b.left === 3 && b.rows.every((r) => r.length === 1))).toBe(true);
    const boxed = inputs.flatMap((b) => b.rows.map((_, i) => b.top + i));
    const editable = plan.protection!.editable.flatMap((r) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i));
    expect(boxed).toEqual(editable);
    expect(boxed.slice(0, 3)).toEqual([3, 4, 5]);
    expect(boxed).toContain(rowOfId(plan, 'F1'));
    expect(valueAt(plan, `C${rowOfId(plan, 'F1')}`)).toBeNull();
  });

  it('writes out beside each question the answers it takes, in the chosen language', () => {
    const allowed = (lang: 'en' | 'fr', id: string) => valueAt(template(lang), `D${rowOfId(template(lang), id)}`);
    expect(allowed('en', 'F1')).toBe('Yes, No');
    expect(allowed('fr', 'F1')).toBe('Oui, Non');
    expect(allowed('fr', 'T1')).toBe('Pris, Prévu, Non prévu');
    expect(allowed('en', 'V9')).toBe('free text');
    expect(allowed('fr', 'V9')).toBe('texte libre');
    expect(['D3', 'D4', 'D5'].map((a) => valueAt(template('fr'), a))).toEqual(['un Membre de l’OMD, dans la liste', 'une date', 'texte libre']);
  });

  it('leaves no English in a French sheet but the marker and the row keys the reader needs', () => {
    const plan = template('fr');
    const texts = plan.blocks
      .filter((b) => b.left < 26)
      .flatMap((b) => b.rows.flat())
      .filter((v): v is string => typeof v === 'string');
    const english = ['Answer', 'Allowed', 'answers', 'Choose', 'blank', 'free text', 'Yes', 'No'];
    const allowedEnglish = new Set(['WCO integrity survey submission', 'Member', 'Received', 'Contact']);
    expect(texts.filter((t) => !allowedEnglish.has(t) && english.some((w) => new RegExp(`\\b${w}\\b`).test(t)))).toEqual([]);
  });

  it('reads back, filled in as a coordinator would, as one submission with its answers in column C, column D ignored', () => {
    const plan = template('fr');
    const [f1, f2, a1] = ['F1', 'F2', 'A1'].map((id) => rowOfId(plan, id));
    const sheet = asWritten(plan, { C4: '15/03/1998', [`C${f1}`]: 'Oui', [`C${f2}`]: 'Non', [`C${a1}`]: 'Oui' });
    const { survey, issues } = checkWorkbook(workbook(sheet), TODAY);
    expect(survey.submissions).toHaveLength(1);
    const [submission] = survey.submissions;
    expect(submission.member).toMatchObject({ ref: { cell: 'C3' }, parsed: { member: { code: 'MYS' } } });
    expect(submission.answers.map((a) => [a.item.id, submission.cellOf(a.item).cell])).toEqual([
      ['F1', `C${f1}`],
      ['F2', `C${f2}`],
      ['A1', `C${a1}`],
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.filter((i) => ['missing-question', 'unknown-row', 'missing-member-row'].includes(i.code))).toEqual([]);
  });

  it('gives every answer cell a dropdown of its scale in the chosen language, and free text none', () => {
    const plan = template('fr');
    const at = (row: number) => plan.validations!.find((v) => v.range.top === row && v.range.left === 3);
    expect(at(rowOfId(plan, 'F1'))?.list).toEqual(['Oui', 'Non']);
    expect(at(rowOfId(plan, 'T1'))?.list).toEqual(['Pris', 'Prévu', 'Non prévu']);
    expect(at(rowOfId(plan, 'V9'))).toBeUndefined();
  });

  it('offers the Members of the registry as the Member dropdown, from a hidden column', () => {
    const plan = template('en');
    const member = plan.validations!.find((v) => v.range.top === 3)!;
    expect(member.range.left).toBe(3);
    expect(member.list).toEqual({ sheet: 'Malaysia', column: 26, top: 1, bottom: 150 });
    expect(plan.hiddenColumns).toEqual([26]);
    const list = plan.blocks.find((b) => b.left === 26)!;
    expect(list.rows).toHaveLength(150);
  });

  it('leaves only the cells to fill in editable', () => {
    const plan = template('en');
    const editable = plan.protection!.editable;
    expect(editable[0]).toEqual({ top: 3, left: 3, bottom: 5, right: 3 });
    expect(editable.every((r) => r.left === 3 && r.right === 3)).toBe(true);
    const items = SURVEY_1998.sections.flatMap((s) => s.items).length;
    expect(editable.slice(1).reduce((n, r) => n + r.bottom - r.top + 1, 0)).toBe(items);
  });

  it('sizes the allowed answers’ column to its text', () => {
    const widths = template('fr').columnWidths!;
    expect(widths[4]).toBeGreaterThanOrEqual('un Membre de l’OMD, dans la liste'.length);
    expect(widths[4]).toBeLessThanOrEqual(60);
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
    expect(plan.blocks.slice(0, 2).map((b) => b.rows[0])).toEqual([['WCO integrity survey submission'], ['Integrity survey 2027 — submission']]);
    const headings = plan.blocks.filter((b) => b.style === 'heading').map((b) => b.rows[0]);
    expect(headings).toEqual([
      ['code', 'Code of conduct'],
      ['', 'Questions'],
    ]);
    const ids = plan.blocks.filter((b) => b.left === 1 && b.top >= 7 && b.style === undefined).flatMap((b) => b.rows.map((r) => r[0]));
    expect(ids).toEqual(['has_code', 'measures', 'staff', 'adopted']);
  });

  it('says beside each question how to answer, where no dropdown does too: several choices by name, numbers, dates', () => {
    const allowedOf = (id: string) => valueAt(plan, `D${rowOf(id)}`);
    expect(labelOf('measures')).toBe('Measures in place');
    expect(allowedOf('has_code')).toBe('Yes, No');
    expect(allowedOf('measures')).toBe('one or more of code, training, rotation, separated by spaces');
    expect(allowedOf('staff')).toBe('a whole number');
    expect(allowedOf('adopted')).toBe('a date');
    const dropdowns = plan.validations!.filter((v) => v.range.top > 5).map((v) => v.range.top);
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
