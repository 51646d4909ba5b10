import type { Language } from '../../../core';
import type { TemplateStrings } from '../../i18n/strings';
import type { MemberChoice } from '../MemberPicker/member-choice';

/** The sheet just created, and whether Excel shows it (at its Member cell). */
export interface CreatedSheet {
  readonly sheet: string;
  readonly shown: boolean;
}

export interface TemplateScreenState {
  readonly strings: TemplateStrings;
  readonly busy: boolean;
  /** In Excel the new sheet is shown; in a browser the user downloads the workbook. */
  readonly inExcel: boolean;
  readonly choice: MemberChoice;
  readonly choose: (choice: MemberChoice) => void;
  /** The sheet's language: the pane's until the user picks one. */
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly created?: CreatedSheet;
  /** The ExcelApi version in-cell dropdowns need, when the Excel in use is older. */
  readonly dropdownsNeed?: string;
  readonly error?: unknown;
  readonly create: () => void;
}
