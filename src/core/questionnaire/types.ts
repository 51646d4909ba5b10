import type { Localized } from '../i18n/language';

/** One possible answer of a scale. `name` is its English word, the answer's identity. */
export interface Choice {
  readonly name: string;
  readonly label: Localized;
  /** Other spellings respondents use ("Y", "O", "1", "Partiellement"), matched after folding. */
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

export interface Scale {
  readonly id: string;
  /** Empty for free text: any answer is accepted and none is counted. */
  readonly choices: readonly Choice[];
  readonly reported: readonly ReportedAnswer[];
  /** The choices a TRUE or FALSE cell stands for, where the scale takes them (YN). */
  readonly booleans?: { readonly true: string; readonly false: string };
}

/** A figure of the 1998 report: a fraction, and whether the report only gave it roughly ("nearly 60 %"). */
export interface PublishedFigure {
  readonly value: number;
  readonly approximate?: boolean;
}

export interface Item {
  readonly id: string;
  readonly sectionId: string;
  readonly scale: Scale;
  readonly label: Localized;
  /** By reported answer ("Yes", "Taken"…); absent where the report gives no figure. */
  readonly published?: Readonly<Record<string, PublishedFigure>>;
}

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
}
