import type { Language } from '../i18n/language';
import type { MemberRegistry } from '../members/registry';
import type { Member } from '../members/types';
import { isQuestion } from '../questionnaire/lookup';
import type { Item, Questionnaire } from '../questionnaire/types';
import { SUBMISSION_MARKER } from '../read/submission-sheet';
import type { BlockPlan, SheetPlan, ValidationPlan } from '../report/plan';
import { a1 } from '../workbook/address';
import { asSheetName, freeSheetName } from '../workbook/excel-names';
import type { CellRange } from '../workbook/snapshot';
import { printedSheet } from '../report/print/page-setup';
import { TEMPLATE_WORDS } from './words';

/**
 * Column C holds every value of a submission sheet (the reader takes it from there); column D says what
 * each cell takes, and is never read. A hidden column holds the Member list its dropdown offers.
 */
const VALUE_COLUMN = 3;
const ALLOWED_COLUMN = 4;
const MEMBER_LIST_COLUMN = 26;
const TITLE_ROW = 2;
const MEMBER_ROW = 3;
/** Where a coordinator starts: the Member's cell, C3. */
export const TEMPLATE_MEMBER_CELL = a1(MEMBER_ROW, VALUE_COLUMN);
/** The column headers over the questions, the last row kept in view while scrolling. */
const HEADER_ROW = 7;
const FIRST_ITEM_ROW = HEADER_ROW + 1;
/** Column D: as wide as its longest text, within reason; a longer one (a form's many choices) runs on. */
const ALLOWED_WIDTH = { least: 18, most: 60 };

export interface TemplateRequest {
  readonly sheetName: string;
  readonly language: Language;
  /** The Member the sheet is for; blank (to be chosen) when absent. */
  readonly member?: Member;
}

/**
 * The one-Member submission sheet a coordinator fills in: the marker alone in A1 (so that it shows whole),
 * the title under it, Member, Received and Contact in column C, then under the headers Question, Answer and
 * Allowed answers each section's heading and one row per question (ID, label, answer, what it takes). Every
 * cell to fill in is shaded and boxed (`input`), an answer cell a dropdown of its scale's answers in the
 * chosen language; only those cells can be edited. It is the user's sheet (`input`): `check` and
 * consolidation read it back.
 */
export function submissionTemplate(request: TemplateRequest, questionnaire: Questionnaire, registry: MemberRegistry): SheetPlan {
  const { language: lang, sheetName } = request;
  const words = TEMPLATE_WORDS[lang];
  const members = [...registry.members].map((m) => m.name[lang]).sort((a, b) => a.localeCompare(b, lang));
  const blocks: BlockPlan[] = [
    { top: 1, left: 1, rows: [[SUBMISSION_MARKER.en]], style: 'note' },
    { top: TITLE_ROW, left: 1, rows: [[questionnaire.form ? words.formTitle(questionnaire.title[lang]) : words.title]], style: 'title' },
    {
      top: MEMBER_ROW,
      left: 1,
      rows: [
        ['Member', words.member],
        ['Received', words.received],
        ['Contact', words.contact],
      ],
    },
    { top: MEMBER_ROW, left: VALUE_COLUMN, rows: [[request.member?.name[lang] ?? null], [null], [null]], style: 'input' },
    { top: MEMBER_ROW, left: ALLOWED_COLUMN, rows: [[words.memberAnswers], [words.howToAnswer.date], [words.freeText]] },
    { top: MEMBER_ROW + 3, left: 2, rows: [[words.instructions]], style: 'note' },
    { top: HEADER_ROW, left: 2, rows: [[words.questionHeader, words.answerHeader, words.allowedHeader]], style: 'label' },
    { top: 1, left: MEMBER_LIST_COLUMN, rows: members.map((name) => [name]) },
  ];
  const validations: ValidationPlan[] = [
    {
      range: cell(MEMBER_ROW, VALUE_COLUMN),
      list: { sheet: sheetName, column: MEMBER_LIST_COLUMN, top: 1, bottom: members.length },
      prompt: { title: words.memberTitle, message: words.memberMessage },
    },
  ];
  const editable: CellRange[] = [{ top: MEMBER_ROW, left: VALUE_COLUMN, bottom: MEMBER_ROW + 2, right: VALUE_COLUMN }];
  const allowedTexts: string[] = [words.memberAnswers, words.allowedHeader];
  let row = FIRST_ITEM_ROW;
  for (const section of questionnaire.sections) {
    // A form's notes take no answer, and a group of notes alone asks nothing.
    const items = section.items.filter(isQuestion);
    if (items.length === 0) continue;
    blocks.push({ top: row, left: 1, rows: [[section.id, section.label[lang] || words.ungrouped]], style: 'heading' });
    row += 1;
    const allowed = items.map((item) => allowedAnswers(item, lang));
    blocks.push({ top: row, left: 1, rows: items.map((item) => [item.id, item.label[lang] || item.id]) });
    blocks.push({ top: row, left: VALUE_COLUMN, rows: items.map(() => [null]), style: 'input' });
    blocks.push({ top: row, left: ALLOWED_COLUMN, rows: allowed.map((text) => [text]) });
    allowedTexts.push(...allowed);
    items.forEach((item, i) => validations.push(...answerList(item, cell(row + i, VALUE_COLUMN), lang)));
    editable.push({ top: row, left: VALUE_COLUMN, bottom: row + items.length - 1, right: VALUE_COLUMN });
    row += items.length + 1;
  }
  const allowedWidth = Math.min(ALLOWED_WIDTH.most, Math.max(ALLOWED_WIDTH.least, ...allowedTexts.map((t) => t.length + 2)));
  const sheet: SheetPlan = {
    name: sheetName,
    role: 'input',
    blocks,
    tables: [],
    charts: [],
    freeze: { rows: HEADER_ROW, columns: 0 },
    columnWidths: { 1: 9, 2: 72, 3: 26, [ALLOWED_COLUMN]: allowedWidth },
    hiddenColumns: [MEMBER_LIST_COLUMN],
    validations,
    protection: { editable },
  };
  return printedSheet(sheet, { lang, ...(questionnaire.form ? { title: questionnaire.title[lang] } : {}) });
}

/** What the answer cell takes, written out: its scale's answers ("Yes, No"), several choices by name, a number, a date or text. */
function allowedAnswers(item: Item, lang: Language): string {
  const words = TEMPLATE_WORDS[lang];
  switch (item.type) {
    case 'select_one':
      return item.scale.choices.map((c) => c.label[lang]).join(', ');
    case 'select_multiple':
      return words.howToAnswer.several(item.scale.choices.map((c) => c.name).join(', '));
    case 'integer':
    case 'decimal':
    case 'date':
      return words.howToAnswer[item.type];
    default:
      return words.freeText;
  }
}

/** A dropdown of the answers where the cell takes one choice; a `select_multiple` takes several, typed. */
function answerList(item: Item, range: CellRange, lang: Language): ValidationPlan[] {
  if (item.type === 'select_multiple') return [];
  const answers = item.scale.choices.map((c) => c.label[lang]);
  if (answers.length === 0) return [];
  const words = TEMPLATE_WORDS[lang];
  return [{ range, list: answers, prompt: { title: words.answerTitle, message: words.answerMessage(answers.join(' / ')) } }];
}

function cell(row: number, column: number): CellRange {
  return { top: row, left: column, bottom: row, right: column };
}

/** A sheet name Excel accepts, not yet taken: the Member's name (or "Submission"), numbered if need be. */
export function templateSheetName(member: Member | undefined, lang: Language, taken: readonly string[]): string {
  return freeSheetName(asSheetName(member?.name[lang] ?? (lang === 'fr' ? 'Soumission' : 'Submission')), taken);
}
