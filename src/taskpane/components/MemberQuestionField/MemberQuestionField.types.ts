import type { Item } from '../../../core';
import type { CheckStrings } from '../../i18n/strings';

export interface MemberQuestionFieldProps {
  /** The XLSForm's questions that could name the Member. */
  readonly questions: readonly Item[];
  /** The one naming it now, if any. */
  readonly chosen?: Item;
  readonly disabled?: boolean;
  readonly onChoose: (name: string) => void;
}

export interface MemberQuestionOption {
  readonly name: string;
  /** What the list shows: the name, then the label in the pane's language. */
  readonly text: string;
}

export interface MemberQuestionFieldState extends MemberQuestionFieldProps {
  readonly strings: CheckStrings;
  readonly options: readonly MemberQuestionOption[];
  /** The chosen question as the field shows it; empty while none names the Member. */
  readonly value: string;
}
