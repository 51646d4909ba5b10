import type { MemberMatch } from '../members/registry';
import type { Item, Section } from '../questionnaire/types';
import type { CellRef } from '../workbook/address';
import type { CellValue } from '../workbook/snapshot';
import type { ParsedAnswer } from './answers';
import type { ParsedDate } from './dates';

/** A non-blank cell as read, with where it came from. */
export interface ReadCell<T> {
  readonly ref: CellRef;
  readonly raw: CellValue;
  readonly parsed: T;
}

/**
 * A question's answer as read. One object stands for every cell that answers the same question the
 * same way (fifty thousand "Yes"), so it has no address of its own: its submission's `cellOf` gives it.
 */
export interface Answer {
  readonly item: Item;
  readonly raw: CellValue;
  readonly parsed: ParsedAnswer;
}

/** The Member cell of a submission: blank, or a name matched against the registry. */
export type MemberCell = { readonly kind: 'blank'; readonly ref: CellRef } | (ReadCell<MemberMatch> & { readonly kind: 'named' });

/** One Member's answers: a row of `Responses`, or a whole submission sheet. */
export interface Submission {
  readonly origin: 'responses' | 'submission-sheet';
  /** Where the submission starts: its row's first cell, or the sheet's marker cell. */
  readonly ref: CellRef;
  /** Absent when the source has no Member column or row at all (reported once, on the layout). */
  readonly member?: MemberCell;
  readonly received?: ReadCell<ParsedDate>;
  readonly contact?: ReadCell<string>;
  /** Non-blank answer cells only: a blank is "not answered". */
  readonly answers: readonly Answer[];
  /** The questions the source has a place for but left blank. */
  readonly blanks: readonly Item[];
  /**
   * Where the question's answer is, or would be written: its cell; for a question exported as 0/1
   * columns, the first of them, or the one that could not be read.
   */
  readonly cellOf: (item: Item) => CellRef;
  /** The items whose XLSForm `relevant` condition does not hold for these answers: not asked of this Member. */
  readonly notRelevant: ReadonlySet<Item>;
  /** The `select_multiple` questions exported both ways whose two forms disagree. */
  readonly mismatches?: readonly SelectionMismatch[];
}

/**
 * A `select_multiple` exported both as its own column (names separated by spaces) and as one 0/1
 * column per choice, where the two do not say the same.
 */
export interface SelectionMismatch {
  readonly item: Item;
  /** The question's own cell, and what it holds ('' when blank). */
  readonly ref: CellRef;
  readonly value: string;
  /** The choices its 0/1 columns mark 1, in the columns' order. */
  readonly chosen: readonly string[];
  /** The first 0/1 cell that disagrees (or cannot be read). */
  readonly option: CellRef;
}

/** A column of `Responses` (or a row of a submission sheet) that the reader set aside. */
export interface LayoutNote {
  readonly kind: 'duplicate' | 'unknown' | 'missing-question' | 'missing-section' | 'missing-member' | 'merged' | 'hidden-rows';
  readonly ref: CellRef;
  /** The header as written, for duplicate and unknown columns. */
  readonly header?: string;
  /** Where the first of two columns for the same thing is. */
  readonly first?: CellRef;
  /** Of two columns for the same thing, the hidden one: the visible one is read. */
  readonly hidden?: 'first' | 'this';
  /** A merged area over answers (A1, e.g. "C5:E5"), whose value is its first cell's only. */
  readonly range?: string;
  /** The rows of submissions that are hidden, top to bottom. */
  readonly rows?: readonly number[];
  readonly item?: Item;
  readonly section?: Section;
  /** For a missing Member column: a row further down that has one, which looks like the real header row. */
  readonly headerRow?: number;
}

/** Where the responses were found, and what the reader made of their layout. */
export interface ResponseSource {
  readonly origin: Submission['origin'];
  readonly sheet: string;
  readonly notes: readonly LayoutNote[];
}

export interface SurveyResponses {
  readonly sources: readonly ResponseSource[];
  readonly submissions: readonly Submission[];
}
