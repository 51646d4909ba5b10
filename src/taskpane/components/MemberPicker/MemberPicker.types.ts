import type { TemplateStrings } from '../../i18n/strings';
import type { MemberChoice, MemberOption } from './member-choice';

export interface MemberPickerProps {
  readonly choice: MemberChoice;
  readonly onChange: (choice: MemberChoice) => void;
}

export interface MemberPickerState {
  readonly strings: TemplateStrings;
  /** The text in the field: what is typed, else the chosen Member's name in the pane's language. */
  readonly value: string;
  readonly selectedOptions: readonly string[];
  readonly options: readonly MemberOption[];
  readonly unmatched: boolean;
  readonly type: (text: string) => void;
  readonly select: (code: string | undefined) => void;
  readonly leave: () => void;
}
