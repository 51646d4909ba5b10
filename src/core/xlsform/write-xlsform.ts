import type { Language, Localized } from '../i18n/language';
import type { Member } from '../members/types';
import type { Choice, Item, Questionnaire, Scale } from '../questionnaire/types';
import type { BlockPlan, PlanValue, SheetPlan, WorkbookPlan } from '../report/plan';
import { CHOICES, FORM_SETTINGS, SURVEY } from './form-sheets';

/** The languages a written form's labels are in, as XLSForm headers name them. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English (en)', fr: 'French (fr)' };
const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** The list of the Member question, when the Members are given. */
const MEMBERS_LIST = 'members';
const MEMBER_LABEL: Localized = { en: 'Member', fr: 'Membre' };

/**
 * A name as XLSForm wants it: the 1998 answers' English words, lower case, every run of other
 * characters one `_` ("Not planned" → `not_planned`, "Customs-specific" → `customs_specific`).
 * The 1998 reader folds `_` to a space, so these names are also 1998 answers.
 */
export function xlsformName(word: string): string {
  const name = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return /^[\p{L}_]/u.test(name) ? name : `_${name}`;
}

/**
 * A questionnaire written out as an XLSForm, for a Secretariat to start the next round from in any
 * XLSForm tool (KoboToolbox, ODK): `survey` (a group per section, named by the section's ID), `choices`
 * (a list per scale) and `settings`. Every sheet is the user's to edit. A questionnaire read from an
 * XLSForm keeps its names; the built-in one's choices are named by `xlsformName`.
 *
 * @param lang the form's default language (and its title's).
 * @param members when given, the form asks first for the Member, as a `select_one` of their codes;
 * else as text. Either way the question is named `member`, as the add-in reads it.
 */
export function questionnaireForm(questionnaire: Questionnaire, lang: Language = 'en', members?: readonly Member[]): WorkbookPlan {
  const named = questionnaire.form !== undefined;
  const choiceName = (choice: Choice) => (named ? choice.name : xlsformName(choice.name));
  return {
    sheets: [surveySheet(questionnaire, members !== undefined), choicesSheet(questionnaire, choiceName, members), settingsSheet(questionnaire, lang)],
  };
}

type Column = { readonly header: string; readonly of: (row: SurveyRow) => PlanValue };

interface SurveyRow {
  readonly type: string;
  readonly name?: string;
  readonly label?: Localized;
  readonly item?: Item;
}

function surveySheet(questionnaire: Questionnaire, memberList: boolean): SheetPlan {
  const rows: SurveyRow[] = [];
  const member = questionnaire.form?.member;
  if (!member) rows.push({ type: memberList ? `select_one ${MEMBERS_LIST}` : 'text', name: 'member', label: MEMBER_LABEL, item: MEMBER_ITEM });
  else rows.push(itemRow(member));
  let open: string[] = [];
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const groups = item.groups ? [...item.groups] : section.id ? [section.id] : [];
      let shared = 0;
      while (shared < open.length && shared < groups.length && open[shared] === groups[shared]) shared++;
      for (let i = open.length; i > shared; i--) rows.push({ type: 'end_group' });
      for (const name of groups.slice(shared)) {
        rows.push({ type: 'begin_group', name, label: name === section.id ? section.label : { en: name, fr: name } });
      }
      open = groups;
      rows.push(itemRow(item));
    }
  }
  for (let i = open.length; i > 0; i--) rows.push({ type: 'end_group' });
  const items = rows.flatMap((r) => (r.item ? [r.item] : []));
  const columns: Column[] = [
    { header: 'type', of: (r) => r.type },
    { header: 'name', of: (r) => r.name ?? null },
    ...LANGUAGES.map((l): Column => ({ header: `label::${LANGUAGE_NAMES[l]}`, of: (r) => r.label?.[l] ?? null })),
    ...(items.some((i) => i.hint) ? LANGUAGES.map((l): Column => ({ header: `hint::${LANGUAGE_NAMES[l]}`, of: (r) => r.item?.hint?.[l] ?? null })) : []),
    ...(['required', 'relevant', 'constraint'] as const)
      .filter((key) => items.some((i) => i[key]))
      .map((key): Column => ({ header: key, of: (r) => r.item?.[key]?.text ?? null })),
    ...(items.some((i) => i.constraintMessage)
      ? LANGUAGES.map((l): Column => ({ header: `constraint_message::${LANGUAGE_NAMES[l]}`, of: (r) => r.item?.constraintMessage?.[l] ?? null }))
      : []),
  ];
  return inputSheet(SURVEY, [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.of(r)))], [18, 22, 60, 60]);
}

/** The Member question the written form asks first, required. */
const MEMBER_ITEM: Item = {
  id: 'member',
  sectionId: '',
  type: 'text',
  scale: { id: 'text', choices: [], reported: [] },
  label: MEMBER_LABEL,
  required: { text: 'yes', expression: { kind: 'call', name: 'true', args: [] } },
};

function itemRow(item: Item): SurveyRow {
  const select = item.type === 'select_one' || item.type === 'select_multiple';
  return { type: select ? `${item.type} ${item.scale.id}` : item.type, name: item.id, label: item.label, item };
}

function choicesSheet(questionnaire: Questionnaire, choiceName: (c: Choice) => string, members?: readonly Member[]): SheetPlan {
  const scales = new Map<string, Scale>();
  const items = [...(questionnaire.form?.member ? [questionnaire.form.member] : []), ...questionnaire.sections.flatMap((s) => s.items)];
  for (const item of items) if (item.scale.choices.length > 0 && !scales.has(item.scale.id)) scales.set(item.scale.id, item.scale);
  const rows: PlanValue[][] = [...scales.values()].flatMap((scale) => scale.choices.map((c) => [scale.id, choiceName(c), c.label.en, c.label.fr]));
  if (members && !questionnaire.form?.member) rows.push(...members.map((m) => [MEMBERS_LIST, m.code, m.name.en, m.name.fr]));
  const header = ['list_name', 'name', ...LANGUAGES.map((l) => `label::${LANGUAGE_NAMES[l]}`)];
  return inputSheet(CHOICES, [header, ...rows], [14, 22, 40, 40]);
}

function settingsSheet(questionnaire: Questionnaire, lang: Language): SheetPlan {
  const version = questionnaire.form?.version ?? '1';
  const rows = [
    ['form_title', 'form_id', 'version', 'default_language'],
    [questionnaire.title[lang], questionnaire.id, version, LANGUAGE_NAMES[lang]],
  ];
  return inputSheet(FORM_SETTINGS, rows, [60, 24, 10, 18]);
}

/** A sheet of plain rows, its header row bold and kept in view. */
function inputSheet(name: string, rows: readonly (readonly PlanValue[])[], widths: readonly number[]): SheetPlan {
  const blocks: BlockPlan[] = [
    { top: 1, left: 1, rows: rows.slice(0, 1), style: 'label' },
    ...(rows.length > 1 ? [{ top: 2, left: 1, rows: rows.slice(1) }] : []),
  ];
  return {
    name,
    blocks,
    tables: [],
    charts: [],
    freeze: { rows: 1, columns: 0 },
    columnWidths: Object.fromEntries(widths.map((w, i) => [i + 1, w])),
    role: 'input',
  };
}
