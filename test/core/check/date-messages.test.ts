import { checkSurvey } from '../../../src/core/check/check-survey';
import { issueRow } from '../../../src/core/check/issue-row';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { readSurvey } from '../../../src/core/read/read-survey';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { sheet, workbook, type Plain } from '../../support/snapshot';
import { formOf, responsesTo } from '../../support/xlsform';

// Issue #17: a number where a date belongs is an `invalid-date` error at its cell, never a date in 1905;
// a year alone says it is a year and how to write the date.

/** The one error of a Responses sheet with one submission, whose Received cell holds `received`. */
function receivedError(received: Plain, lang: Language) {
  const survey = readSurvey(
    workbook(
      sheet('Responses', [
        ['Member', 'Received', 'F1'],
        ['Malta', received, 'Yes'],
      ]),
    ),
    SURVEY_1998,
    REGISTRY_1998,
  );
  const errors = checkSurvey(survey, SURVEY_1998, { today: serialOfUtc(2026, 11, 26) }).filter((i) => i.severity === 'error');
  expect(errors.map((i) => [i.code, i.ref.cell])).toEqual([['invalid-date', 'B2']]);
  return issueRow(errors[0], lang).message;
}

describe('the message of a Received cell that holds no date received', () => {
  it.each<[string, Plain, Language, string]>([
    ['a year typed as a number', 1998, 'en', '“1998” is a year, not a date. Enter the whole date received, day, month and year, for example 1998-03-15.'],
    [
      'a year typed as a number',
      1998,
      'fr',
      '« 1998 » est une année, pas une date. Indiquez la date de réception complète, jour, mois et année, par exemple 15/03/1998.',
    ],
    ['a year typed as text', '2026', 'en', '“2026” is a year, not a date. Enter the whole date received, day, month and year, for example 2026-03-15.'],
    [
      'a year typed as text',
      '2026',
      'fr',
      '« 2026 » est une année, pas une date. Indiquez la date de réception complète, jour, mois et année, par exemple 15/03/2026.',
    ],
    [
      'a year typed in a date cell, which Excel shows as 1905-06-20',
      { date: 1998 },
      'en',
      '“1905-06-20” is 1998, a year, that Excel reads as a date. Enter the whole date received, day, month and year, for example 1998-03-15.',
    ],
    [
      'a year typed in a date cell, which Excel shows as 1905-06-20',
      { date: 1998 },
      'fr',
      '« 1905-06-20 » est 1998, une année, qu’Excel lit comme une date. Indiquez la date de réception complète, jour, mois et année, par exemple 15/03/1998.',
    ],
    [
      'serial 60, the 29 February 1900 that Excel shows',
      { date: 60 },
      'en',
      '“1900-02-29” is not a day: Excel shows 29 February 1900, but 1900 was not a leap year. Enter the date received as a date, for example 1998-03-15.',
    ],
    [
      'serial 60, the 29 February 1900 that Excel shows',
      { date: 60 },
      'fr',
      '« 1900-02-29 » n’est pas un jour : Excel affiche le 29 février 1900, mais 1900 n’était pas bissextile. Indiquez la date de réception sous forme de date, par exemple 15/03/1998.',
    ],
    [
      'the number 60',
      60,
      'en',
      '“60” is not a day: read as a date it is 29 February 1900, which Excel shows, but 1900 was not a leap year. Enter the date received as a date, for example 1998-03-15.',
    ],
    [
      'the number 60',
      60,
      'fr',
      '« 60 » n’est pas un jour : lu comme une date, c’est le 29 février 1900, qu’Excel affiche, mais 1900 n’était pas bissextile. Indiquez la date de réception sous forme de date, par exemple 15/03/1998.',
    ],
    [
      'a small number',
      500,
      'en',
      '“500”, read as a date, is 1901-05-14: too early for a date received, since the WCO (then the Customs Co-operation Council) first met on 26 January 1953. Enter the date received, for example 1998-03-15.',
    ],
    [
      'a small number',
      500,
      'fr',
      '« 500 », lu comme une date, est le 1901-05-14 : trop tôt pour une date de réception, car l’OMD (alors le Conseil de coopération douanière) a tenu sa première session le 26 janvier 1953. Indiquez la date de réception, par exemple 15/03/1998.',
    ],
    [
      'a date of 1952',
      { date: serialOfUtc(1952, 3, 15) },
      'en',
      '“1952-03-15” is too early for a date received, since the WCO (then the Customs Co-operation Council) first met on 26 January 1953. Enter the date received, for example 1998-03-15.',
    ],
    [
      'a date of 1952',
      { date: serialOfUtc(1952, 3, 15) },
      'fr',
      '« 1952-03-15 » est trop tôt pour une date de réception, car l’OMD (alors le Conseil de coopération douanière) a tenu sa première session le 26 janvier 1953. Indiquez la date de réception, par exemple 15/03/1998.',
    ],
    ['serial 0', { date: 0 }, 'en', '“0” is not a date. Enter the date received as a date, for example 1998-03-15.'],
    ['a negative number', -4, 'fr', '« -4 » n’est pas une date. Indiquez la date de réception sous forme de date, par exemple 15/03/1998.'],
    ['words', 'last spring', 'en', '“last spring” is not a date. Enter the date received as a date, for example 1998-03-15.'],
  ])('%s (%p), in %s', (_, received, lang, message) => {
    expect(receivedError(received, lang)).toBe(message);
  });
});

const DATED = formOf({
  survey: [
    ['type', 'name', 'label'],
    ['date', 'adopted', 'Date adopted'],
  ],
});

/** The message of the one error of a response to an XLSForm's date question. */
function dateAnswerMessage(value: Plain, lang: Language) {
  const errors = checkSurvey(
    responsesTo(DATED, [
      ['Member', 'adopted'],
      ['Malta', value],
    ]),
    DATED,
  ).filter((i) => i.severity === 'error');
  expect(errors.map((i) => i.code)).toEqual(['invalid-answer']);
  return issueRow(errors[0], lang).message;
}

describe('the message of an XLSForm date question answered with a year', () => {
  it.each<[Plain, Language, string]>([
    [1998, 'en', '“1998” is a year, not a date. Enter the whole date, day, month and year, for example 1998-03-15.'],
    [1998, 'fr', '« 1998 » est une année, pas une date. Saisissez la date complète, jour, mois et année, par exemple 15/03/1998.'],
    [
      { date: 60 },
      'en',
      '“1900-02-29” is not a day: Excel shows 29 February 1900, but 1900 was not a leap year. Enter the answer as a date, for example 1998-03-15.',
    ],
    ['soon', 'en', '“soon” is not a date. Enter the answer as a date, for example 1998-03-15.'],
  ])('%p, in %s', (value, lang, message) => {
    expect(dateAnswerMessage(value, lang)).toBe(message);
  });
});
