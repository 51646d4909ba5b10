import { issueRow } from '../../../src/core/check/issue-row';
import { readXlsForm } from '../../../src/core/xlsform/read-xlsform';
import { sheet, workbook, type Plain } from '../../support/snapshot';
import { formOf, INTEGRITY_FORM, itemsOf, readForm } from '../../support/xlsform';

const YES_NO: Plain[][] = [
  ['list_name', 'name', 'label'],
  ['yes_no', 'yes', 'Yes'],
  ['yes_no', 'no', 'No'],
];

describe('reading an XLSForm questionnaire', () => {
  const questionnaire = formOf(INTEGRITY_FORM);
  const item = (id: string) => itemsOf(questionnaire).find((i) => i.id === id)!;

  it('takes its ID, title, version and default language from the settings sheet', () => {
    expect(questionnaire).toMatchObject({
      id: 'integrity_2027',
      title: { en: 'Integrity survey 2027', fr: 'Integrity survey 2027' },
      form: { version: '3', defaultLanguage: 'English (en)' },
    });
  });

  it('makes each top-level group a section, and items outside any group sections without an ID', () => {
    expect(questionnaire.sections.map((s) => [s.id, s.label, s.items.map((i) => i.id)])).toEqual([
      ['code', { en: 'Code of conduct', fr: 'Code de conduite' }, ['has_code', 'measures', 'staff']],
      ['', { en: '', fr: '' }, ['adopted', 'thanks']],
    ]);
  });

  it('types each item, in XLSForm’s words', () => {
    expect(itemsOf(questionnaire).map((i) => [i.id, i.type, i.scale.id])).toEqual([
      ['has_code', 'select_one', 'yes_no'],
      ['measures', 'select_multiple', 'measures'],
      ['staff', 'integer', 'integer'],
      ['adopted', 'date', 'date'],
      ['thanks', 'note', 'note'],
    ]);
  });

  it('reports every choice of a list as a row, in the form’s order, each counting itself', () => {
    expect(item('measures').scale.reported).toEqual([
      { answer: 'code', counts: ['code'] },
      { answer: 'training', counts: ['training'] },
      { answer: 'rotation', counts: ['rotation'] },
    ]);
    expect(item('measures').scale.choices[1]).toEqual({ name: 'training', label: { en: 'Training', fr: 'Formation' } });
    expect(item('staff').scale.reported).toEqual([]);
  });

  it('reads required, relevant and constraint as expressions, keeping the text as written', () => {
    expect(item('has_code').required).toEqual({ text: 'yes', expression: { kind: 'call', name: 'true', args: [] } });
    expect(item('measures').relevant?.text).toBe("${has_code} = 'yes'");
    expect(item('staff').constraint?.text).toBe('. >= 0 and . <= 10000');
    expect(item('staff').constraintMessage).toEqual({ en: 'Between 0 and 10000.', fr: 'Between 0 and 10000.' });
    expect(item('staff').required).toBeUndefined();
  });

  it('takes the question named country (or member) out of the sections: it names the Member', () => {
    expect(questionnaire.form?.member).toMatchObject({ id: 'country', type: 'select_one', scale: { id: 'country' } });
    expect(itemsOf(questionnaire).some((i) => i.id === 'country')).toBe(false);
  });

  it('keeps the path of groups an item sits in, nested groups flattening to the outermost', () => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['begin_group', 'outer', 'Outer'],
        ['begin group', 'inner', 'Inner'],
        ['text', 'deep', 'Deep'],
        ['end_group'],
        ['text', 'shallow', 'Shallow'],
        ['end group'],
      ],
    });
    expect(form.sections.map((s) => s.id)).toEqual(['outer']);
    expect(itemsOf(form).map((i) => [i.id, i.sectionId, i.groups])).toEqual([
      ['deep', 'outer', ['outer', 'inner']],
      ['shallow', 'outer', ['outer']],
    ]);
  });

  it('asks an item only where its groups’ relevant conditions hold, and its own', () => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['integer', 'staff', 'Staff'],
        ['begin group', 'large', 'Large administrations', '${staff} > 1000'],
        ['select_one yes_no', 'unit', 'Internal affairs unit', ". != ''"],
        ['end group'],
      ],
      choices: YES_NO,
    });
    const unit = itemsOf(form).find((i) => i.id === 'unit')!;
    expect(unit.relevant?.text).toBe("(${staff} > 1000) and (. != '')");
    expect(unit.relevant?.expression).toMatchObject({ kind: 'binary', operator: 'and' });
  });

  it('starts a new section without an ID for items after a group', () => {
    const form = formOf({
      survey: [['type', 'name', 'label'], ['text', 'a', 'A'], ['begin group', 'g', 'G'], ['text', 'b', 'B'], ['end group'], ['text', 'c', 'C']],
    });
    expect(form.sections.map((s) => [s.id, s.items.map((i) => i.id)])).toEqual([
      ['', ['a']],
      ['g', ['b']],
      ['', ['c']],
    ]);
  });

  it.each([
    ['select_one yes_no', 'select_one'],
    ['select one yes_no', 'select_one'],
    ['SELECT_ONE yes_no', 'select_one'],
    ['select_multiple yes_no', 'select_multiple'],
    ['select all that apply yes_no', 'select_multiple'],
    ['integer', 'integer'],
    ['int', 'integer'],
    ['decimal', 'decimal'],
    ['text', 'text'],
    ['date', 'date'],
    ['note', 'note'],
  ])('reads the type %p as %s', (type, expected) => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label'],
        [type, 'q', 'Q'],
        ['text', 'z', 'Z'],
      ],
      choices: YES_NO,
    });
    expect(itemsOf(form)[0].type).toBe(expected);
  });

  it('adds an “other” choice for or_other, and the text question asked when it is chosen', () => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one yes_no or_other', 'q', 'Q'],
      ],
      choices: YES_NO,
    });
    const [q, other] = itemsOf(form);
    expect(q.scale.choices.map((c) => c.name)).toEqual(['yes', 'no', 'other']);
    expect(other).toMatchObject({ id: 'q_other', type: 'text', relevant: { text: "selected(${q}, 'other')" } });
  });

  it.each<[Plain, boolean]>([
    ['yes', true],
    ['Yes', true],
    ['TRUE', true],
    [true, true],
    [1, true],
    ['true()', true],
    ['no', false],
    ['false', false],
    [false, false],
    [0, false],
    [null, false],
  ])('reads required %p as %p', (value, required) => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label', 'required'],
        ['text', 'q', 'Q', value],
      ],
    });
    expect(itemsOf(form)[0].required !== undefined).toBe(required);
  });

  it('keeps metadata and calculations out of the questions, their columns kept quietly', () => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['start', 'start'],
        ['calculate', 'total'],
        ['text', 'q', 'Q'],
        ['end', 'end'],
      ],
    });
    expect(itemsOf(form).map((i) => i.id)).toEqual(['q']);
    expect(form.form?.unanalysed).toEqual(['start', 'total', 'end']);
  });
});

describe('the labels of an XLSForm, in English and French', () => {
  const labelled = (header: Plain[], row: Plain[], settings?: Plain[][]) =>
    itemsOf(
      formOf({
        survey: [
          ['type', 'name', ...header],
          ['text', 'q', ...row],
        ],
        ...(settings ? { settings } : {}),
      }),
    )[0];

  it.each<[string, Plain[], Plain[]]>([
    ['label::English (en) / label::French (fr)', ['label::English (en)', 'label::French (fr)'], ['Staff', 'Personnel']],
    ['label::English / label::Français', ['label::English', 'label::Français'], ['Staff', 'Personnel']],
    ['label::en / label::fr', ['label::en', 'label::fr'], ['Staff', 'Personnel']],
    ['any case', ['LABEL::english (EN)', 'Label::FRENCH (FR)'], ['Staff', 'Personnel']],
    ['French first', ['label::Francais (fr)', 'label::Anglais (en)'], ['Personnel', 'Staff']],
    ['a code with a region', ['label::English (en-GB)', 'label::French (fr-CA)'], ['Staff', 'Personnel']],
  ])('%s', (_, header, row) => {
    expect(labelled(header, row).label).toEqual({ en: 'Staff', fr: 'Personnel' });
  });

  it('reads the survey sheet’s headers in any case', () => {
    const form = formOf({
      survey: [
        ['TYPE', 'Name', 'LABEL', 'Required'],
        ['Integer', 'staff', 'Staff', 'YES'],
      ],
    });
    expect(itemsOf(form)[0]).toMatchObject({ id: 'staff', type: 'integer', label: { en: 'Staff' }, required: { text: 'YES' } });
  });

  it('reads a plain label in both languages', () => {
    expect(labelled(['Label'], ['Staff']).label).toEqual({ en: 'Staff', fr: 'Staff' });
  });

  it('falls back to the default language where a language is missing', () => {
    const settings = [['default_language'], ['English (en)']];
    expect(labelled(['label::Español (es)', 'label::English (en)'], ['Personal', 'Staff'], settings).label).toEqual({ en: 'Staff', fr: 'Staff' });
  });

  it('falls back to the plain label, then to the first label present', () => {
    expect(labelled(['label::Español (es)', 'label', 'label::French (fr)'], ['Personal', 'Staff', 'Personnel']).label).toEqual({
      en: 'Staff',
      fr: 'Personnel',
    });
    expect(labelled(['label::Español (es)', 'label::French (fr)'], ['Personal', 'Personnel']).label).toEqual({ en: 'Personal', fr: 'Personnel' });
    expect(labelled(['label::French (fr)'], [null]).label).toEqual({ en: 'q', fr: 'q' });
  });

  it('reads the hint like the label', () => {
    expect(labelled(['label', 'hint::English (en)', 'hint::French (fr)'], ['Staff', 'Count them', 'Comptez-les']).hint).toEqual({
      en: 'Count them',
      fr: 'Comptez-les',
    });
  });

  it('keeps a choice’s labels in other languages, for answers written in them', () => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one yn', 'q', 'Q'],
      ],
      choices: [
        ['List Name', 'Name', 'label::English (en)', 'label::French (fr)', 'label::Español (es)'],
        ['yn', 'y', 'Yes', 'Oui', 'Sí'],
      ],
    });
    expect(itemsOf(form)[0].scale.choices).toEqual([{ name: 'y', label: { en: 'Yes', fr: 'Oui' }, aliases: ['Sí'] }]);
  });

  it.each(['list_name', 'list name', 'List_Name', 'LIST NAME'])('reads the choices’ list column headed %p', (header) => {
    const form = formOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one yn', 'q', 'Q'],
      ],
      choices: [
        [header, 'name', 'label'],
        ['yn', 'y', 'Yes'],
      ],
    });
    expect(itemsOf(form)[0].scale.choices.map((c) => c.name)).toEqual(['y']);
  });
});

describe('the problems of a form, each at its cell', () => {
  const problems = (survey: Plain[][], choices: Plain[][] | undefined = YES_NO) =>
    readForm({ survey: [['type', 'name', 'label', 'relevant'], ...survey], ...(choices ? { choices } : {}) }).issues.map((i) => issueRow(i, 'en'));
  const codes = (rows: ReturnType<typeof problems>) => rows.map((r) => [r.severity, r.code, `${r.sheet}!${r.cell}`, r.question]);

  it.each<[string, Plain[][], string[][]]>([
    [
      'a duplicate name',
      [
        ['text', 'q', 'Q'],
        ['integer', 'Q', 'Again'],
      ],
      [['error', 'form-duplicate-name', 'survey!B3', 'Q']],
    ],
    ['a group named like a question', [['text', 'g', 'Q'], ['begin group', 'g', 'G'], ['end group']], [['error', 'form-duplicate-name', 'survey!B3', 'g']]],
    ['a missing list', [['select_one yes_on', 'q', 'Q']], [['error', 'form-missing-list', 'survey!A2', 'q']]],
    ['a select without its list', [['select_one', 'q', 'Q']], [['error', 'form-missing-list', 'survey!A2', 'q']]],
    ['an unknown type', [['interger', 'q', 'Q']], [['error', 'form-unknown-type', 'survey!A2', 'q']]],
    ['a type that is a name of every JavaScript object', [['constructor', 'q', 'Q']], [['error', 'form-unknown-type', 'survey!A2', 'q']]],
    ['a row without a type', [[null, 'q', 'Q']], [['error', 'form-unknown-type', 'survey!A2', 'q']]],
    [
      'a question type the add-in does not read',
      [
        ['geopoint', 'where', 'Where'],
        ['text', 'q', 'Q'],
      ],
      [['warning', 'form-unsupported-type', 'survey!A2', 'where']],
    ],
    ['a name with a space', [['text', 'my question', 'Q']], [['error', 'form-invalid-name', 'survey!B2', 'my question']]],
    ['a name starting with a digit', [['text', '1st', 'Q']], [['error', 'form-invalid-name', 'survey!B2', '1st']]],
    [
      'a question without a name',
      [
        ['text', null, 'Q'],
        ['text', 'b', 'B'],
      ],
      [['error', 'form-missing-name', 'survey!B2', '']],
    ],
    [
      'a group never closed',
      [
        ['begin group', 'g', 'G'],
        ['text', 'q', 'Q'],
      ],
      [['error', 'form-unclosed-group', 'survey!A2', 'g']],
    ],
    ['an end without a begin', [['text', 'q', 'Q'], ['end group']], [['error', 'form-unopened-group', 'survey!A3', '']]],
    [
      'a repeat closed as a group',
      [['begin repeat', 'r', 'R'], ['end group'], ['text', 'q', 'Q']],
      [
        ['warning', 'form-repeat', 'survey!A2', 'r'],
        ['error', 'form-unopened-group', 'survey!A3', ''],
        ['error', 'form-unclosed-group', 'survey!A2', 'r'],
      ],
    ],
    [
      'a repeat',
      [['begin_repeat', 'visits', 'Visits'], ['integer', 'n', 'N'], ['end_repeat'], ['text', 'q', 'Q']],
      [['warning', 'form-repeat', 'survey!A2', 'visits']],
    ],
    ['an unreadable relevant', [['text', 'q', 'Q', '${a} =']], [['warning', 'form-unreadable-expression', 'survey!D2', 'q']]],
    ['a function it does not evaluate', [['text', 'q', 'Q', 'today() > 1']], [['warning', 'form-unreadable-expression', 'survey!D2', 'q']]],
    ['a reference to no question', [['text', 'q', 'Q', "${nowhere} = 'x'"]], [['warning', 'form-unreadable-expression', 'survey!D2', 'q']]],
    [
      'a reference to a calculation',
      [
        ['calculate', 'total'],
        ['text', 'q', 'Q', '${total} > 1'],
      ],
      [['warning', 'form-unreadable-expression', 'survey!D3', 'q']],
    ],
  ])('%s', (_, survey, expected) => {
    expect(codes(problems(survey))).toEqual(expected);
  });

  it('leaves out a row in error, keeping the rest of the form', () => {
    const { questionnaire } = readForm({
      survey: [
        ['type', 'name', 'label'],
        ['text', 'q', 'Q'],
        ['text', 'q', 'Again'],
        ['interger', 'n', 'N'],
        ['text', 'r', 'R'],
      ],
    });
    expect(itemsOf(questionnaire).map((i) => [i.id, i.label.en])).toEqual([
      ['q', 'Q'],
      ['r', 'R'],
    ]);
  });

  it('ignores an expression it cannot evaluate: the item keeps no such rule', () => {
    const { questionnaire } = readForm({
      survey: [
        ['type', 'name', 'label', 'constraint'],
        ['integer', 'n', 'N', '. <= today()'],
      ],
    });
    expect(itemsOf(questionnaire)[0].constraint).toBeUndefined();
  });

  it('names what it cannot evaluate, and why, in English and French', () => {
    const [issue] = readForm({
      survey: [
        ['type', 'name', 'label', 'constraint'],
        ['integer', 'n', 'N', '. <= today()'],
      ],
    }).issues;
    expect(issueRow(issue, 'en').message).toBe(
      'The constraint expression “. <= today()” cannot be evaluated: the add-in does not evaluate today() (it evaluates selected(), count-selected(), not(), true(), false(), comparisons, and, or, arithmetic). It is ignored: this rule is not checked.',
    );
    expect(issueRow(issue, 'fr').message).toMatch(
      /^L’expression constraint « \. <= today\(\) » ne peut pas être évaluée : le complément n’évalue pas today\(\)/,
    );
  });

  it('suggests the type it most likely means', () => {
    const [row] = problems([['selct_one yes_no', 'q', 'Q']]);
    expect(row.message).toBe('“selct_one yes_no” is not an XLSForm question type. Did you mean “select_one yes_no”? The row is left out.');
  });

  it('suggests the list it most likely means', () => {
    const [row] = problems([['select_one yesno', 'q', 'Q']]);
    expect(row.message).toMatch(/^The list “yesno” is not on the “choices” sheet\. Did you mean “yes_no”\?/);
  });

  it('names the first cell of a name used twice', () => {
    const [row] = problems([
      ['text', 'q', 'Q'],
      ['text', 'q', 'Again'],
    ]);
    expect(row.message).toBe('The name “q” is already used at survey!B2. Give each question and group a name of its own: only the first is used.');
  });

  it('reports choices without a name, repeated, and a list left with none', () => {
    const rows = problems(
      [
        ['select_one empty', 'q', 'Q'],
        ['select_one yn', 'r', 'R'],
      ],
      [
        ['list_name', 'name', 'label'],
        ['empty', null, 'Nothing'],
        ['yn', 'y', 'Yes'],
        ['yn', 'Y', 'Yes again'],
      ],
    );
    expect(codes(rows)).toEqual([
      ['error', 'form-missing-name', 'choices!B2', ''],
      ['error', 'form-duplicate-choice', 'choices!B4', 'Y'],
      ['error', 'form-empty-list', 'survey!A2', 'q'],
    ]);
  });

  it('reports a missing choices sheet once, suggesting the sheet it may be', () => {
    const { issues } = readXlsForm(
      workbook(
        sheet('survey', [
          ['type', 'name', 'label'],
          ['select_one yn', 'a', 'A'],
          ['select_one yn', 'b', 'B'],
        ]),
        sheet('Choices list', [['list_name', 'name']]),
      ),
    );
    expect(issues.map((i) => issueRow(i, 'en'))).toEqual([
      expect.objectContaining({
        code: 'form-missing-sheet',
        cell: 'A2',
        question: 'a',
        message: expect.stringMatching(/^The questionnaire has no sheet named “choices”; is it “Choices list”\? Rename that sheet “choices”\./),
      }),
    ]);
  });

  it.each(['choice', 'Choices list', 'CHOICE'])('takes %p for a slip for “choices”', (name) => {
    const { issues } = readXlsForm(
      workbook(
        sheet('survey', [
          ['type', 'name'],
          ['select_one yn', 'a'],
        ]),
        sheet(name, [['list_name', 'name']]),
      ),
    );
    expect(issues[0]).toMatchObject({ code: 'form-missing-sheet', sheet: 'choices', suggestion: name });
  });

  it('reports a missing survey sheet, suggesting the sheet it may be', () => {
    const { questionnaire, issues } = readXlsForm(workbook(sheet('Responses', [['Member']]), sheet('Survey 1', [['type', 'name']])));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'form-missing-sheet', sheet: 'survey', suggestion: 'Survey 1', ref: { sheet: 'Survey 1', cell: 'A1' } }),
    ]);
    expect(questionnaire.sections).toEqual([]);
  });

  it('reports the columns a sheet cannot be read without', () => {
    const { issues } = readForm({
      survey: [
        ['kind', 'label'],
        ['text', 'Q'],
      ],
      choices: [['list', 'name']],
    });
    expect(issues.map((i) => [i.code, 'column' in i && i.column, i.ref])).toEqual([
      ['form-missing-column', 'list_name', { sheet: 'choices', cell: 'A1' }],
      ['form-missing-column', 'type', { sheet: 'survey', cell: 'A1' }],
      ['form-missing-column', 'name', { sheet: 'survey', cell: 'A1' }],
    ]);
  });

  it.each<[string, Plain[][]]>([
    ['no row at all', []],
    ['notes only', [['note', 'hello', 'Hello']]],
    ['a repeat only', [['begin repeat', 'r', 'R'], ['text', 'q', 'Q'], ['end repeat']]],
  ])('reports a form without a single question it can read: %s', (_, rows) => {
    const { issues } = readForm({ survey: [['type', 'name', 'label'], ...rows] });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.ref.cell])).toEqual([['form-no-questions', 'A1']]);
  });

  it('says what to do in French too', () => {
    const [row] = readForm({
      survey: [
        ['type', 'name', 'label'],
        ['begin group', 'g', 'G'],
      ],
    }).issues.map((i) => issueRow(i, 'fr'));
    expect(row.message).toBe('Le groupe « g » n’est jamais fermé. Ajoutez une ligne « end group » après sa dernière question.');
  });
});
