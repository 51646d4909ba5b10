import { visibleText } from './fold';

/** The alphabets a letter that looks Latin comes from, by name; any other is named by what it is not. */
export type Script = 'Cyrillic' | 'Greek' | 'Armenian' | 'Cherokee' | 'other';

/** A letter of a text from another alphabet than the rest: its place among the text's letters (1 is the first). */
export interface ForeignLetter {
  readonly position: number;
  readonly letter: string;
  readonly script: Script;
}

const SCRIPTS: readonly [Exclude<Script, 'other'>, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/**
 * Cyrillic, Greek and Armenian letters that look like Latin ones, and the Latin letter each looks like
 * (Unicode's confusables, the letters of names only).
 */
const LOOKALIKES: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic
    'АA',
    'аa',
    'ВB',
    'вb',
    'ЕE',
    'еe',
    'ЁË',
    'ёë',
    'КK',
    'кk',
    'МM',
    'мm',
    'НH',
    'нh',
    'ОO',
    'оo',
    'РP',
    'рp',
    'СC',
    'сc',
    'ТT',
    'тt',
    'УY',
    'уy',
    'ХX',
    'хx',
    'ІI',
    'іi',
    'ЇÏ',
    'їï',
    'ЈJ',
    'јj',
    'ЅS',
    'ѕs',
    'ԁd',
    'ԌG',
    'ԛq',
    'ԜW',
    'ԝw',
    'ӀI',
    'ӏl',
    'Ьb',
    'һh',
    'ҮY',
    'үy',
    // Greek
    'ΑA',
    'αa',
    'ΒB',
    'βb',
    'ΕE',
    'εe',
    'ΖZ',
    'ΗH',
    'ΙI',
    'ιi',
    'ΚK',
    'κk',
    'ΜM',
    'ΝN',
    'νv',
    'ΟO',
    'οo',
    'ΡP',
    'ρp',
    'ΤT',
    'τt',
    'ΥY',
    'υu',
    'ΧX',
    'χx',
    // Armenian
    'օo',
    'սu',
    'ոn',
    'հh',
    'ցg',
    'զq',
  ].map((pair) => [pair[0], pair.slice(1)] as const),
);

/** The text with each letter that looks Latin made Latin: "Аlbania" (a Cyrillic А) is read as it looks. */
export function asLatin(text: string): string {
  return [...text].map((c) => LOOKALIKES.get(c) ?? c).join('');
}

/**
 * The letters of a mostly Latin text that are not Latin: a Cyrillic А in "Аlbania", a Greek Ο in "Οman",
 * which look the same and match nothing. Nothing for a text with no Latin letter at all (a name written in
 * Cyrillic is written so on purpose), nor for one all Latin. Letters are counted as the text shows them
 * (accented letters whole, invisible characters not at all).
 */
export function foreignLetters(text: string): ForeignLetter[] {
  const letters = [...visibleText(text).normalize('NFC')].filter((c) => /\p{L}/u.test(c));
  if (!letters.some((c) => /\p{Script=Latin}/u.test(c))) return [];
  return letters.flatMap((letter, i) =>
    /\p{Script=Latin}/u.test(letter) ? [] : [{ position: i + 1, letter, script: SCRIPTS.find(([, re]) => re.test(letter))?.[0] ?? 'other' }],
  );
}
