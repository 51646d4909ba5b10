import { useStrings } from '../../i18n/StringsContext';
import type { HeaderProps, HeaderState } from './Header.types';

export function useHeader({ onSwitchLanguage }: HeaderProps): HeaderState {
  const { strings } = useStrings();
  return { title: strings.title, otherLanguage: strings.otherLanguage, onSwitchLanguage };
}
