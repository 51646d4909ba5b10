import type { Expression } from '../expression/expression';
import type { Localized } from '../i18n/language';

/**
 * One possible answer of a scale. `name` is the answer's identity: the English word of the 1998
 * scales, the XLSForm choice's `name`.
 */
export interface Choice {
  readonly name: string;
  readonly label: Localized;
  /**
   * Other spellings respondents use ("Y", "O", "1", "Partiellement"), matched after folding; for an
   * XLSForm choice, its labels in the form's other languages.
   */
  readonly aliases?: readonly string[];
}

/**
 * An answer the report gives a percentage for, and the choices that count towards it
 * (CPB's "Both" counts for Customs-specific and for Public-service-wide).
 */
export interface ReportedAnswer {
  readonly answer: string;
  readonly counts: readonly string[];
}

/** The answers an item takes: a 1998 scale (YN, TIN…), an XLSForm choice list, or none at all. */
export interface Scale {
  /** The 1998 scale's ID, the XLSForm list's name, or the item's type when it takes no choice. */
  readonly id: string;
  /** Empty for free text, numbers and dates: no choice is counted. */
  readonly choices: readonly Choice[];
  /** The rows of the summary, in order: an XLSForm list reports every choice, each counting itself. */
  readonly reported: readonly ReportedAnswer[];
  /**
   * Each choice's score, where the questionnaire scores the scale (the 1998 self-assessment: In place 2,
   * Partly 1, Not in place 0): a Member's profile draws its items as a radar of scores.
   */
  readonly scores?: Readonly<Record<string, number>>;
  /** The choices a TRUE or FALSE cell stands for, where the scale takes them (YN). */
  readonly booleans?: { readonly true: string; readonly false: string };
}

/** A figure of the 1998 report: a fraction, and whether the report only gave it roughly ("nearly 60 %"). */
export interface PublishedFigure {
  readonly value: number;
  readonly approximate?: boolean;
}

/** How an item is answered, in XLSForm's words. The 1998 scales are `select_one`, its free text `text`. */
export type ItemType = 'select_one' | 'select_multiple' | 'integer' | 'decimal' | 'date' | 'text' | 'note';

/** An XLSForm expression as the form writes it, and as the add-in reads it. */
export interface Condition {
  readonly text: string;
  readonly expression: Expression;
}

export interface Item {
  /** The 1998 ID (F1), or the XLSForm `name`. */
  readonly id: string;
  readonly sectionId: string;
  readonly type: ItemType;
  readonly scale: Scale;
  readonly label: Localized;
  readonly hint?: Localized;
  /** The XLSForm groups the item sits in, outermost first: its column may be headed `group/name`. */
  readonly groups?: readonly string[];
  /** `yes` in the form reads as `true()`. */
  readonly required?: Condition;
  /** The conditions of the item and of every group around it, joined by `and`. */
  readonly relevant?: Condition;
  readonly constraint?: Condition;
  readonly constraintMessage?: Localized;
  /** By reported answer ("Yes", "Taken"…); absent where the report gives no figure. */
  readonly published?: Readonly<Record<string, PublishedFigure>>;
}

/** A 1998 section, or an XLSForm top-level group (`id` is its name; '' for items outside any group). */
export interface Section {
  readonly id: string;
  readonly label: Localized;
  /** The report's chart number for this section, if it has one. */
  readonly chart?: number;
  readonly items: readonly Item[];
}

export interface Questionnaire {
  readonly id: string;
  readonly title: Localized;
  readonly sections: readonly Section[];
  /** Present when the questionnaire is defined by an XLSForm. */
  readonly form?: FormDetails;
}

/** What an XLSForm says besides its sections and items. */
export interface FormDetails {
  /** The settings sheet's `version` and `default_language`, as written. */
  readonly version?: string;
  readonly defaultLanguage?: string;
  /** The question named `member` or `country`: its column names the Member; it is not analysed. */
  readonly member?: Item;
  /**
   * Fields that are not analysed (metadata such as `start`, `calculate`, types the add-in does not
   * read, questions inside repeats): their response columns are kept without a warning.
   */
  readonly unanalysed: readonly string[];
}
