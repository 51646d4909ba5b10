import type { Strings } from '../../i18n/strings';

export interface HeaderProps {
  readonly onSwitchLanguage: () => void;
}

export interface HeaderState {
  readonly title: string;
  readonly otherLanguage: Strings['otherLanguage'];
  readonly onSwitchLanguage: () => void;
}
