import type { Language } from '../i18n/language';
import { shortened } from '../text/shorten';
import type { IssueCode, IssueDetail } from './issue';

type Detail<C extends IssueCode> = Extract<IssueDetail, { code: C }>;

/** The message of each code in one language, each saying what is wrong and what to do. */
export type Messages<C extends IssueCode = IssueCode> = { readonly [K in C]: (detail: Detail<K>) => string };

/** A text quoted as the language quotes; a long one (a cell may hold 32,767 characters) cut short. */
export const q: Readonly<Record<Language, (s: string) => string>> = { en: (s) => `“${shortened(s)}”`, fr: (s) => `« ${shortened(s)} »` };
