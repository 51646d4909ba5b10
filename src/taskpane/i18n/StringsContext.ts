import { createContext, useContext } from 'react';
import type { Language } from '../../core';
import { STRINGS, type Strings } from './strings';

export interface PaneLanguage {
  readonly language: Language;
  readonly strings: Strings;
}

const StringsContext = createContext<PaneLanguage>({ language: 'en', strings: STRINGS.en });

export const StringsProvider = StringsContext.Provider;

/** The pane's language and its strings, for any component under the App. */
export function useStrings(): PaneLanguage {
  return useContext(StringsContext);
}
