import { useStrings } from '../../i18n/StringsContext';
import { errorMessage } from '../../tasks/error-message';
import type { ErrorBarProps, ErrorBarState } from './ErrorBar.types';

export function useErrorBar({ error }: ErrorBarProps): ErrorBarState {
  const { language, strings } = useStrings();
  // Said at render time, so that switching language translates it too.
  return error === undefined ? {} : { message: errorMessage(error, language, strings) };
}
