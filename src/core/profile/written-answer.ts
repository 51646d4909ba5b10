import type { Language } from '../i18n/language';
import type { Item, Scale } from '../questionnaire/types';
import type { Answer } from '../read/model';
import { fold } from '../text/fold';
import { displayCell } from '../workbook/display';

/** A Member's answer to an item as its cell gave it: the text, and the choices it stands for, where it names any. */
export interface WrittenAnswer {
  readonly written: string;
  /** Absent for an answer that names no choice (a typing error, free text). */
  readonly choices?: readonly string[];
}

export function writtenAnswer(answer: Answer): WrittenAnswer {
  const { parsed } = answer;
  const choices = parsed.kind === 'choice' ? [parsed.choice] : parsed.kind === 'choices' ? parsed.choices : undefined;
  return { written: displayCell(answer.raw), ...(choices ? { choices } : {}) };
}

/**
 * The answer as a profile shows it: as the Member wrote it where that is a word of the scale, in either
 * language ("Oui", "partiel"), or where it names no choice; a code, a choice's name or a tick ("1", "in_place",
 * TRUE) as its choices' labels in the profile's language.
 */
export function shownAnswer(answer: WrittenAnswer, item: Item, lang: Language): string {
  if (answer.choices === undefined || spellsALabel(answer.written, item)) return answer.written;
  return answer.choices.map((name) => item.scale.choices.find((c) => c.name === name)?.label[lang] ?? name).join(', ');
}

function spellsALabel(written: string, item: Item): boolean {
  const folded = fold(written);
  return labelsOf(item.scale).some((label) => label.en === folded || label.fr === folded);
}

const folded = new WeakMap<Scale, readonly { readonly en: string; readonly fr: string }[]>();

/** The scale's choices' labels, folded: once per scale, as every submission's answers are matched against them. */
function labelsOf(scale: Scale): readonly { readonly en: string; readonly fr: string }[] {
  let labels = folded.get(scale);
  if (!labels) folded.set(scale, (labels = scale.choices.map((c) => ({ en: fold(c.label.en), fr: fold(c.label.fr) }))));
  return labels;
}

/**
 * The language a submission was answered in: the one whose words its answers spell ("Oui", "Partiel"),
 * where they spell more of one than of the other; none when they spell neither (codes, ticks) or as many of each.
 */
export function answeredLanguage(answers: readonly Answer[]): Language | undefined {
  let balance = 0;
  for (const answer of answers) {
    if (answer.raw.kind !== 'text') continue;
    const written = fold(answer.raw.text);
    const label = labelsOf(answer.item.scale).find((l) => l.en !== l.fr && (l.en === written || l.fr === written));
    if (label) balance += label.fr === written ? 1 : -1;
  }
  return balance === 0 ? undefined : balance > 0 ? 'fr' : 'en';
}
