import type { Language } from '../i18n/language';
import { french } from '../i18n/typography';

export const CONSOLIDATION_WORDS = {
  en: {
    logTitle: 'Submissions gathered, file by file',
    consolidated: 'consolidated',
    /** The Import Log's Status column, by what became of the file. */
    status: { read: 'read', unreadable: 'unreadable', 'no-submissions': 'no submissions' },
    noSubmissions: 'No Responses sheet or table, and no sheet with “WCO integrity survey submission” in A1.',
  },
  fr: french({
    logTitle: 'Soumissions rassemblées, fichier par fichier',
    consolidated: 'consolidées',
    status: { read: 'lu', unreadable: 'illisible', 'no-submissions': 'aucune soumission' },
    noSubmissions: 'Aucune feuille ou tableau Responses, et aucune feuille portant « WCO integrity survey submission » en A1.',
  }),
} as const satisfies Record<Language, Record<string, unknown>>;
