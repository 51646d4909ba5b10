import type { Language } from '../i18n/language';
import type { IssueCode, IssueDetail } from './issue';

type Detail<C extends IssueCode> = Extract<IssueDetail, { code: C }>;

/** The message of each code in one language, each saying what is wrong and what to do. */
export type Messages<C extends IssueCode = IssueCode> = { readonly [K in C]: (detail: Detail<K>) => string };

/** A text quoted as the language quotes. */
export const q: Readonly<Record<Language, (s: string) => string>> = { en: (s) => `“${s}”`, fr: (s) => `« ${s} »` };
