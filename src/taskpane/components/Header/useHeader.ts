import { useStrings } from '../../i18n/StringsContext';
import type { HeaderProps, HeaderState } from './Header.types';

export function useHeader(props: HeaderProps): HeaderState {
  const { strings } = useStrings();
  return { ...props, title: strings.title, otherLanguage: strings.otherLanguage };
}
