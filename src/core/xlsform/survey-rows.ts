import type { Expression } from '../expression/expression';
import type { Localized } from '../i18n/language';
import type { Scale } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import { readCondition, type ConditionColumn } from './conditions';
import type { Block, Draft } from './drafts';
import type { FormIssues } from './form-issues';
import { FormScales, OTHER } from './form-scales';
import { refAt, textOf, translations, type FormTable } from './form-table';
import { parseType, type RowType } from './item-types';
import { localize, type FormLanguage } from './languages';
import { FormNames } from './names';
import type { ChoiceList } from './read-choices';

/** The choices sheet's lists as the survey sheet's questions use them. */
export interface Choices {
  list(name: string): ChoiceList | undefined;
  /** Says that a question's list is missing (or, when the form has no choices sheet, that sheet). */
  reportMissing(list: string, ref: CellRef, question: string): void;
}

type QuestionType = Extract<RowType, { kind: 'question' }>;

const SPECIFY_OTHER = { en: 'Specify other.', fr: 'Précisez.' };

/** The survey sheet read row by row: its questions as drafts, its groups opened and closed. */
export class SurveyRows {
  readonly drafts: Draft[] = [];
  /** The names of fields not analysed, in order. */
  readonly unanalysed: string[] = [];
  private readonly open: Block[] = [];
  private readonly names: FormNames;
  private readonly scales = new FormScales();

  constructor(
    private readonly table: FormTable,
    private readonly choices: Choices,
    private readonly language: FormLanguage | undefined,
    private readonly issues: FormIssues,
  ) {
    this.names = new FormNames(issues);
  }

  read(row: number): void {
    const name = textOf(this.table, row, 'name');
    const written = textOf(this.table, row, 'type');
    if (!written && !name && !this.text(row, 'label')) return;
    const type: RowType = written ? parseType(written) : { kind: 'unknown' };
    const ref = refAt(this.table, row, 'type');
    switch (type.kind) {
      case 'begin':
        return this.begin(row, type.block, name);
      case 'end':
        return this.end(type.block, ref);
      case 'unknown':
        return this.issues.report({ code: 'form-unknown-type', type: written, ...(type.suggestion ? { suggestion: type.suggestion } : {}) }, ref, name);
      case 'unsupported':
        this.issues.report({ code: 'form-unsupported-type', type: type.type }, ref, name);
        return this.keep(name);
      case 'field':
        return this.keep(name);
      case 'question':
        return this.question(row, type, name);
    }
  }

  /** Every block still open is reported at its `begin` row. */
  close(): void {
    for (const block of this.open) this.issues.report({ code: 'form-unclosed-group', name: block.name }, block.ref, block.name);
  }

  private begin(row: number, kind: Block['kind'], name: string): void {
    const ref = refAt(this.table, row, 'type');
    this.names.claim(name, refAt(this.table, row, 'name'));
    if (kind === 'repeat') this.issues.report({ code: 'form-repeat', name }, ref, name);
    const relevant = readCondition(this.table, row, 'relevant', name, this.issues);
    this.open.push({ kind, name, ref, label: this.label(row, name), ...(relevant ? { relevant } : {}) });
  }

  private end(kind: Block['kind'], ref: CellRef): void {
    if (this.open[this.open.length - 1]?.kind === kind) this.open.pop();
    else this.issues.report({ code: 'form-unopened-group' }, ref);
  }

  /** A field the add-in does not analyse: its answers' column is kept quietly. */
  private keep(name: string): void {
    if (name) this.unanalysed.push(name);
  }

  private question(row: number, type: QuestionType, name: string): void {
    if (this.open.some((b) => b.kind === 'repeat')) return this.keep(name);
    if (!this.names.claim(name, refAt(this.table, row, 'name'))) return;
    const scale = this.scaleOf(type, refAt(this.table, row, 'type'), name);
    if (!scale) return;
    const condition = (column: ConditionColumn) => readCondition(this.table, row, column, name, this.issues);
    const [relevant, constraint, required] = [condition('relevant'), condition('constraint'), condition('required')];
    const hint = this.text(row, 'hint');
    const constraintMessage = this.text(row, 'constraint_message');
    this.drafts.push({
      name,
      type: type.type,
      scale,
      label: this.label(row, name),
      groups: [...this.open],
      ...(hint ? { hint } : {}),
      ...(constraintMessage ? { constraintMessage } : {}),
      ...(relevant ? { relevant } : {}),
      ...(constraint ? { constraint } : {}),
      ...(required ? { required } : {}),
    });
    if (type.orOther) this.specifyOther(row, name);
  }

  /** `or_other`, written out as pyxform does: the text question asked when "other" is chosen. */
  private specifyOther(row: number, name: string): void {
    const other = `${name}_other`;
    const ref = refAt(this.table, row, 'name');
    if (!this.names.claim(other, ref)) return;
    const expression: Expression = {
      kind: 'call',
      name: 'selected',
      args: [
        { kind: 'question', name },
        { kind: 'string', value: OTHER.name },
      ],
    };
    const relevant = { condition: { text: `selected(\${${name}}, '${OTHER.name}')`, expression }, column: 'relevant' as const, ref, name: other };
    this.drafts.push({ name: other, type: 'text', scale: this.scales.ofType('text'), label: SPECIFY_OTHER, groups: [...this.open], relevant });
  }

  private scaleOf(type: QuestionType, ref: CellRef, name: string): Scale | undefined {
    if (type.list === undefined) return this.scales.ofType(type.type);
    const list = type.list ? this.choices.list(type.list) : undefined;
    if (!list) this.choices.reportMissing(type.list, ref, name);
    else if (list.choices.length === 0) this.issues.report({ code: 'form-empty-list', list: list.name }, ref, name);
    else return this.scales.ofList(list, type.orOther === true);
    return undefined;
  }

  /** The row's label, else its name. */
  private label(row: number, name: string): Localized {
    return this.text(row, 'label') ?? { en: name, fr: name };
  }

  private text(row: number, key: string): Localized | undefined {
    return localize(translations(this.table, row, key), this.language)?.text;
  }
}
