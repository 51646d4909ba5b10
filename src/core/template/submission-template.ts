import type { Language } from '../i18n/language';
import type { MemberRegistry } from '../members/registry';
import type { Member } from '../members/types';
import { isQuestion } from '../questionnaire/lookup';
import type { Item, Questionnaire } from '../questionnaire/types';
import { SUBMISSION_MARKER } from '../read/submission-sheet';
import type { BlockPlan, SheetPlan, ValidationPlan } from '../report/plan';
import type { CellRange } from '../workbook/snapshot';
import { TEMPLATE_WORDS } from './words';

/** Column C holds every value of a submission sheet; a hidden column holds the Member list its dropdown offers. */
const VALUE_COLUMN = 3;
const MEMBER_LIST_COLUMN = 26;
const FIRST_ITEM_ROW = 7;

export interface TemplateRequest {
  readonly sheetName: string;
  readonly language: Language;
  /** The Member the sheet is for; blank (to be chosen) when absent. */
  readonly member?: Member;
}

/**
 * The one-Member submission sheet a coordinator fills in: the marker in A1, Member, Received and
 * Contact in column C, then each section's heading and one row per question (ID, label, answer),
 * every answer cell a dropdown of its scale's answers in the chosen language. Only the cells to
 * fill in can be edited. It is the user's sheet (`input`): `check` and consolidation read it back.
 */
export function submissionTemplate(request: TemplateRequest, questionnaire: Questionnaire, registry: MemberRegistry): SheetPlan {
  const { language: lang, sheetName } = request;
  const words = TEMPLATE_WORDS[lang];
  const members = [...registry.members].map((m) => m.name[lang]).sort((a, b) => a.localeCompare(b, lang));
  const blocks: BlockPlan[] = [
    { top: 1, left: 1, rows: [[SUBMISSION_MARKER.en, questionnaire.form ? words.formTitle(questionnaire.title[lang]) : words.title]], style: 'title' },
    {
      top: 2,
      left: 1,
      rows: [
        ['Member', words.member, request.member?.name[lang] ?? null],
        ['Received', words.received, null],
        ['Contact', words.contact, null],
      ],
      formats: [undefined, undefined, undefined],
    },
    { top: 5, left: 2, rows: [[words.instructions]], style: 'note' },
    { top: 1, left: MEMBER_LIST_COLUMN, rows: members.map((name) => [name]) },
  ];
  const validations: ValidationPlan[] = [
    {
      range: cell(2, VALUE_COLUMN),
      list: { sheet: sheetName, column: MEMBER_LIST_COLUMN, top: 1, bottom: members.length },
      prompt: { title: words.memberTitle, message: words.memberMessage },
    },
  ];
  const editable: CellRange[] = [{ top: 2, left: VALUE_COLUMN, bottom: 4, right: VALUE_COLUMN }];
  let row = FIRST_ITEM_ROW;
  for (const section of questionnaire.sections) {
    // A form's notes take no answer, and a group of notes alone asks nothing.
    const items = section.items.filter(isQuestion);
    if (items.length === 0) continue;
    blocks.push({ top: row, left: 1, rows: [[section.id, section.label[lang] || words.ungrouped]], style: 'heading' });
    row += 1;
    blocks.push({ top: row, left: 1, rows: items.map((item) => [item.id, labelOf(item, lang), null]) });
    items.forEach((item, i) => validations.push(...answerList(item, cell(row + i, VALUE_COLUMN), lang)));
    editable.push({ top: row, left: VALUE_COLUMN, bottom: row + items.length - 1, right: VALUE_COLUMN });
    row += items.length + 1;
  }
  return {
    name: sheetName,
    role: 'input',
    blocks,
    tables: [],
    charts: [],
    freeze: { rows: 4, columns: 0 },
    columnWidths: { 1: 9, 2: 72, 3: 26 },
    hiddenColumns: [MEMBER_LIST_COLUMN],
    validations,
    protection: { editable },
  };
}

/** The question's label, and how to answer it where no list of answers says so. */
function labelOf(item: Item, lang: Language): string {
  const label = item.label[lang] || item.id;
  const how = TEMPLATE_WORDS[lang].howToAnswer;
  switch (item.type) {
    case 'select_multiple':
      return `${label} (${how.several(item.scale.choices.map((c) => c.name).join(', '))})`;
    case 'integer':
    case 'decimal':
    case 'date':
      return `${label} (${how[item.type]})`;
    default:
      return label;
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
  const base = (member?.name[lang] ?? (lang === 'fr' ? 'Soumission' : 'Submission')).replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  const free = (name: string) => !taken.some((t) => t.toLowerCase() === name.toLowerCase());
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (free(name)) return name;
  }
}
