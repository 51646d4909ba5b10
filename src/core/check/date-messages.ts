import type { Language } from '../i18n/language';
import type { DateProblem } from '../read/dates';
import { shownDate } from '../workbook/serial';
import { q } from './message-parts';

/** Excel's 29 February 1900, as a date cell shows it. */
const NO_SUCH_DAY = '1900-02-29';

/** An example of a whole date, in the year typed alone when there is one: "1998-03-15", "15/03/2026". */
function example(problem: DateProblem | undefined, lang: Language): string {
  const year = problem?.kind === 'year' ? problem.year : 1998;
  return lang === 'en' ? `${year}-03-15` : `15/03/${year}`;
}

/**
 * Why a cell (quoted as it shows: `value`) is not a date, in a sentence or two: a year typed alone, Excel's
 * 29 February 1900, a date received too early, or simply not a date.
 */
const WHY: Readonly<Record<Language, (value: string, problem: DateProblem | undefined) => string>> = {
  en: (value, problem) => {
    switch (problem?.kind) {
      case 'year':
        return value === String(problem.year)
          ? `${q.en(value)} is a year, not a date.`
          : `${q.en(value)} is ${problem.year}, a year, that Excel reads as a date.`;
      case 'no-such-day':
        return value === NO_SUCH_DAY
          ? `${q.en(value)} is not a day: Excel shows 29 February 1900, but 1900 was not a leap year.`
          : `${q.en(value)} is not a day: read as a date it is 29 February 1900, which Excel shows, but 1900 was not a leap year.`;
      case 'too-early': {
        const date = shownDate(problem.serial);
        const since = 'too early for a date received, since the WCO (then the Customs Co-operation Council) first met on 26 January 1953.';
        return value === date ? `${q.en(value)} is ${since}` : `${q.en(value)}, read as a date, is ${date}: ${since}`;
      }
      default:
        return `${q.en(value)} is not a date.`;
    }
  },
  fr: (value, problem) => {
    switch (problem?.kind) {
      case 'year':
        return value === String(problem.year)
          ? `${q.fr(value)} est une année, pas une date.`
          : `${q.fr(value)} est ${problem.year}, une année, qu’Excel lit comme une date.`;
      case 'no-such-day':
        return value === NO_SUCH_DAY
          ? `${q.fr(value)} n’est pas un jour : Excel affiche le 29 février 1900, mais 1900 n’était pas bissextile.`
          : `${q.fr(value)} n’est pas un jour : lu comme une date, c’est le 29 février 1900, qu’Excel affiche, mais 1900 n’était pas bissextile.`;
      case 'too-early': {
        const date = shownDate(problem.serial);
        const since =
          'trop tôt pour une date de réception, car l’OMD (alors le Conseil de coopération douanière) a tenu sa première session le 26 janvier 1953.';
        return value === date ? `${q.fr(value)} est ${since}` : `${q.fr(value)}, lu comme une date, est le ${date} : ${since}`;
      }
      default:
        return `${q.fr(value)} n’est pas une date.`;
    }
  },
};

/** The message of a Received cell that is not a date received: why, then what to enter. */
export const RECEIVED_MESSAGE: Readonly<Record<Language, (value: string, problem?: DateProblem) => string>> = {
  en: (value, problem) =>
    `${WHY.en(value, problem)} ${
      problem?.kind === 'year'
        ? 'Enter the whole date received, day, month and year,'
        : problem?.kind === 'too-early'
          ? 'Enter the date received,'
          : 'Enter the date received as a date,'
    } for example ${example(problem, 'en')}.`,
  fr: (value, problem) =>
    `${WHY.fr(value, problem)} ${
      problem?.kind === 'year'
        ? 'Indiquez la date de réception complète, jour, mois et année,'
        : problem?.kind === 'too-early'
          ? 'Indiquez la date de réception,'
          : 'Indiquez la date de réception sous forme de date,'
    } par exemple ${example(problem, 'fr')}.`,
};

/** The message of an answer to a date question that is not a date. */
export const DATE_ANSWER_MESSAGE: Readonly<Record<Language, (value: string, problem?: DateProblem) => string>> = {
  en: (value, problem) =>
    `${WHY.en(value, problem)} ${problem?.kind === 'year' ? 'Enter the whole date, day, month and year,' : 'Enter the answer as a date,'} for example ${example(problem, 'en')}.`,
  fr: (value, problem) =>
    `${WHY.fr(value, problem)} ${problem?.kind === 'year' ? 'Saisissez la date complète, jour, mois et année,' : 'Saisissez la réponse sous forme de date,'} par exemple ${example(problem, 'fr')}.`,
};
