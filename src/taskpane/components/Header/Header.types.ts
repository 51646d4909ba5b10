import type { Strings } from '../../i18n/strings';

export interface HeaderProps {
  /** False in Office, whose task pane title bar already names the add-in: the title is then for screen readers only. */
  readonly showTitle: boolean;
  readonly onSwitchLanguage: () => void;
}

export interface HeaderState {
  readonly title: string;
  readonly showTitle: boolean;
  readonly otherLanguage: Strings['otherLanguage'];
  readonly onSwitchLanguage: () => void;
}
