import { checkSurvey } from '../../../src/core/check/check-survey';
import { issueRow } from '../../../src/core/check/issue-row';
import type { Language } from '../../../src/core/i18n/language';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { readSurvey } from '../../../src/core/read/read-survey';
import { RequestError, requestMessage } from '../../../src/core/request-error';
import { sheet, workbook } from '../../support/snapshot';

// Issue #17: a Member name typed with a letter of another alphabet (a Cyrillic А, a Greek Ο) looks right and
// matches nothing. "Did you mean Albania?" would baffle whoever reads "Аlbania": the message says which
// letter is foreign, where it is and from which alphabet, and to type the name in Latin letters.

function memberMessage(name: string, lang: Language): string {
  const survey = readSurvey(
    workbook(
      sheet('Responses', [
        ['Member', 'Received', 'F1'],
        [name, '1998-03-15', 'Yes'],
      ]),
    ),
    SURVEY_1998,
    REGISTRY_1998,
  );
  const errors = checkSurvey(survey, SURVEY_1998).filter((i) => i.severity === 'error');
  expect(errors.map((i) => [i.code, i.ref.cell])).toEqual([['unknown-member', 'A2']]);
  return issueRow(errors[0], lang).message;
}

describe('the message of a Member name with a letter from another alphabet', () => {
  it.each<[string, Language, string]>([
    ['\u0410lbania', 'en', '“\u0410lbania” is not a WCO Member name as typed: its first letter, \u0410, is Cyrillic. Type the name in Latin letters: Albania.'],
    [
      '\u0410lbania',
      'fr',
      '« \u0410lbania » n’est pas, tel qu’il est saisi, le nom d’un Membre de l’OMD : sa première lettre, \u0410, est cyrillique. Saisissez le nom en lettres latines : Albanie.',
    ],
    ['\u039Calta', 'en', '“\u039Calta” is not a WCO Member name as typed: its first letter, \u039C, is Greek. Type the name in Latin letters: Malta.'],
    [
      '\u039Calta',
      'fr',
      '« \u039Calta » n’est pas, tel qu’il est saisi, le nom d’un Membre de l’OMD : sa première lettre, \u039C, est grecque. Saisissez le nom en lettres latines : Malte.',
    ],
    // Oman was not a Member in 1998: the letter is named all the same, and no Member offered.
    ['\u039Fman', 'en', '“\u039Fman” is not a WCO Member name as typed: its first letter, \u039F, is Greek. Type the name in Latin letters.'],
    [
      '\u041C\u0430laysia',
      'en',
      '“\u041C\u0430laysia” is not a WCO Member name as typed: its first and second letters, \u041C and \u0430, are Cyrillic. Type the name in Latin letters: Malaysia.',
    ],
    [
      '\u041C\u0430laysia',
      'fr',
      '« \u041C\u0430laysia » n’est pas, tel qu’il est saisi, le nom d’un Membre de l’OMD : ses première et deuxième lettres, \u041C et \u0430, sont cyrilliques. Saisissez le nom en lettres latines : Malaisie.',
    ],
    [
      '\u0410lb\u03B1nia',
      'en',
      '“\u0410lb\u03B1nia” is not a WCO Member name as typed: its first letter, \u0410, is Cyrillic and its fourth letter, \u03B1, is Greek. Type the name in Latin letters: Albania.',
    ],
    [
      'Hong K\u043Eng',
      'fr',
      '« Hong K\u043Eng » n’est pas, tel qu’il est saisi, le nom d’un Membre de l’OMD : sa sixième lettre, \u043E, est cyrillique. Saisissez le nom en lettres latines : Hong Kong, Chine.',
    ],
    [
      'Ka\u0437a\u043A\u0438\u0441\u0442\u0430n',
      'en',
      '“Ka\u0437a\u043A\u0438\u0441\u0442\u0430n” is not a WCO Member name as typed: 6 of its letters (\u0437, \u043A, \u0438…) are not Latin letters. Type the name in Latin letters.',
    ],
  ])('%s, in %s: %s', (name, lang, message) => {
    expect(memberMessage(name, lang)).toBe(message);
  });

  it.each<[string, Language, string]>([
    ['Malasia', 'en', '“Malasia” is not a WCO Member name. Did you mean Malaysia?'],
    ['Malasia', 'fr', '« Malasia » n’est pas le nom d’un Membre de l’OMD. Vouliez-vous dire Malaisie ?'],
    ['Казахстан', 'en', '“Казахстан” is not a WCO Member name. Check the spelling, or enter the Member’s code (for example MYS).'],
  ])('a name all in one alphabet keeps its message: %s, in %s', (name, lang, message) => {
    expect(memberMessage(name, lang)).toBe(message);
  });
});

describe('a Member asked for on the command line or in the pane, with a letter from another alphabet', () => {
  it.each<[Language, string]>([
    ['en', '“\u0410lbania” is not a WCO Member name as typed: its first letter, \u0410, is Cyrillic. Type the name in Latin letters: Albania.'],
    [
      'fr',
      '« \u0410lbania » n’est pas, tel qu’il est saisi, le nom d’un Membre de l’OMD : sa première lettre, \u0410, est cyrillique. Saisissez le nom en lettres latines : Albanie.',
    ],
  ])('in %s: %s', (lang, message) => {
    const match = REGISTRY_1998.match('\u0410lbania');
    if (match.kind !== 'unknown') throw new Error('found');
    const { suggestion, foreign } = match;
    const error = new RequestError({ reason: 'unknown-member', name: '\u0410lbania', ...(suggestion ? { suggestion } : {}), ...(foreign ? { foreign } : {}) });
    expect(requestMessage(error, lang)).toBe(message);
  });
});
