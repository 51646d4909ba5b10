import { REGISTRY_1998 } from '../../../src/core/members';
import { indexItems } from '../../../src/core/questionnaire/lookup';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { fieldOf } from '../../../src/core/read/fields';
import { readSurvey } from '../../../src/core/read/read-survey';
import { sheet, workbook } from '../../support/snapshot';

const items = indexItems(SURVEY_1998);

describe('fieldOf: what a header stands for', () => {
  it.each([
    ['Member', 'member'],
    ['Membre', 'member'],
    ['Received', 'received'],
    ['Date de réception', 'received'],
    ['Contact', 'contact'],
    ['Source', 'kept'],
  ])('knows the profile header “%s”: %s', (header, kind) => {
    expect(fieldOf(header, items).kind).toBe(kind);
  });

  // Found by the property tests (test/core/property): the profile headers were looked up in a plain
  // object, so "Constructor" found Object.prototype.constructor, a field of no kind at all.
  it.each(['constructor', 'Constructor', ' CONSTRUCTOR ', '__proto__', 'toString', 'hasOwnProperty'])(
    'takes “%s”, a name of Object.prototype, for an unknown header',
    (header) => {
      expect(fieldOf(header, items)).toEqual({ kind: 'other' });
    },
  );

  it('reports a Responses column headed “Constructor” as unknown, instead of dropping it silently', () => {
    const survey = readSurvey(
      workbook(
        sheet('Responses', [
          ['Member', 'F1', 'Constructor'],
          ['Kenya', 'Yes', 'anything'],
        ]),
      ),
      SURVEY_1998,
      REGISTRY_1998,
    );
    expect(survey.sources[0].notes.filter((n) => n.kind === 'unknown').map((n) => [n.header, n.ref.cell])).toEqual([['Constructor', 'C1']]);
  });
});
