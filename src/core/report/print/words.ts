import type { Language } from '../../i18n/language';
import { isoDate } from '../../workbook/serial';
import { french } from '../../i18n/typography';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** "4 December 2026", "4 décembre 2026" (French writes "1er" for the first of a month). */
export function writtenDate(serial: number, lang: Language): string {
  const [year, month, day] = isoDate(serial).split('-').map(Number);
  const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${MONTHS[lang][month - 1]} ${year}`;
}

/** What every printed page of the report says in its header and footer. */
export const PRINT_WORDS = {
  en: {
    reportTitle: 'WCO Survey of Integrity Practices',
    organisation: 'World Customs Organization',
    analysedOn: (serial: number) => `Analysed on ${writtenDate(serial, 'en')}`,
    consolidatedOn: (serial: number) => `Consolidated on ${writtenDate(serial, 'en')}`,
    page: 'Page',
    of: 'of',
  },
  fr: french({
    reportTitle: 'Enquête de l’OMD sur les pratiques en matière d’intégrité',
    organisation: 'Organisation mondiale des douanes',
    analysedOn: (serial: number) => `Analyse du ${writtenDate(serial, 'fr')}`,
    consolidatedOn: (serial: number) => `Consolidation du ${writtenDate(serial, 'fr')}`,
    page: 'Page',
    of: 'sur',
  }),
} as const satisfies Record<Language, Record<string, unknown>>;
