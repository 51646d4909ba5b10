import type { ItemType } from '../questionnaire/types';
import { editDistance } from '../text/distance';

/** What a `type` cell of the survey sheet says. */
export type RowType =
  | { readonly kind: 'question'; readonly type: ItemType; readonly list?: string; readonly orOther?: boolean }
  | { readonly kind: 'begin' | 'end'; readonly block: 'group' | 'repeat' }
  /** Metadata and calculations: fields, not questions. */
  | { readonly kind: 'field' }
  /** A question type of XLSForm the add-in does not read. */
  | { readonly kind: 'unsupported'; readonly type: string }
  | { readonly kind: 'unknown'; readonly suggestion?: string };

// Maps, not objects: a type such as "constructor" must not find Object.prototype's members.
const SIMPLE: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['integer', 'integer'],
  ['int', 'integer'],
  ['decimal', 'decimal'],
  ['text', 'text'],
  ['date', 'date'],
  ['note', 'note'],
]);
const SELECTS: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['select_one', 'select_one'],
  ['select one', 'select_one'],
  ['select_multiple', 'select_multiple'],
  ['select all that apply', 'select_multiple'],
]);
const FIELDS = [
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'username',
  'email',
  'simserial',
  'subscriberid',
  'audit',
  'calculate',
  'hidden',
  'start-geopoint',
  'xml-external',
  'csv-external',
  'background-audio',
  'background-geopoint',
];
const UNSUPPORTED = [
  'time',
  'datetime',
  'geopoint',
  'geotrace',
  'geoshape',
  'image',
  'photo',
  'audio',
  'video',
  'file',
  'barcode',
  'range',
  'rank',
  'acknowledge',
  'trigger',
  'select_one_from_file',
  'select_multiple_from_file',
  'select_one_external',
];
const KEYWORDS = [...SIMPLE.keys(), 'select_one', 'select_multiple', ...FIELDS, ...UNSUPPORTED, 'begin_group', 'end_group', 'begin_repeat', 'end_repeat'];
const SELECT = new RegExp(`^(${[...SELECTS.keys()].join('|')})(?:\\s+(\\S+))?(?:\\s+(or_other))?$`, 'i');

export function parseType(written: string): RowType {
  const type = written.trim().toLowerCase().replace(/\s+/g, ' ');
  const block = /^(begin|end)[ _](group|repeat)$/.exec(type);
  if (block) return { kind: block[1] as 'begin' | 'end', block: block[2] as 'group' | 'repeat' };
  const simple = SIMPLE.get(type);
  if (simple) return { kind: 'question', type: simple };
  const [first] = type.split(' ');
  if (UNSUPPORTED.includes(first)) return { kind: 'unsupported', type: first };
  if (FIELDS.includes(first)) return { kind: 'field' };
  // The list's name keeps its case: only the keywords are read in any case.
  const select = SELECT.exec(written.trim().replace(/\s+/g, ' '));
  if (select) return { kind: 'question', type: SELECTS.get(select[1].toLowerCase())!, list: select[2] ?? '', ...(select[3] ? { orOther: true } : {}) };
  return { kind: 'unknown', ...suggestion(written) };
}

/** The known type nearest the first word, one or two slips away ("interger", "selct_one yes_no"). */
function suggestion(written: string): { suggestion?: string } {
  const words = written.trim().split(/\s+/);
  const [first, ...rest] = /^(begin|end)$/i.test(words[0])
    ? [words.slice(0, 2).join('_').toLowerCase(), ...words.slice(2)]
    : [words[0].toLowerCase(), ...words.slice(1)];
  const allowed = first.length <= 4 ? 1 : 2;
  const [near] = KEYWORDS.map((k) => ({ k, d: editDistance(first, k) }))
    .filter(({ d }) => d > 0 && d <= allowed)
    .sort((a, b) => a.d - b.d);
  return near ? { suggestion: [near.k, ...rest].join(' ') } : {};
}
