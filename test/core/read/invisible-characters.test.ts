import { checkSurvey } from '../../../src/core/check/check-survey';
import { issueRow } from '../../../src/core/check/issue-row';
import { parseNumberText } from '../../../src/core/crm/numbers';
import { REGISTRY_1998 } from '../../../src/core/members';
import { indexItems } from '../../../src/core/questionnaire/lookup';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { choiceOf } from '../../../src/core/read/answers';
import { parseDateText } from '../../../src/core/read/dates';
import { fieldOf } from '../../../src/core/read/fields';
import { readSurvey } from '../../../src/core/read/read-survey';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { sheet, workbook, type Plain } from '../../support/snapshot';

// Issue #17: text pasted from a web page, a PDF or a right-to-left document carries characters that show
// nothing (zero-width space, direction marks, soft hyphen, byte order mark, bidirectional controls). A cell
// reads as what it shows: the header as the question, the name as the Member, the word as the answer.

const ZWSP = '\u200B';
const LRM = '\u200E';
const RLM = '\u200F';
const SHY = '\u00AD';
const BOM = '\uFEFF';
const WJ = '\u2060';
const RLE = '\u202B';
const PDF = '\u202C';
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const items = indexItems(SURVEY_1998);
const YN = SURVEY_1998.sections[0].items[0].scale;

describe('a header with invisible characters is the header it shows', () => {
  it.each<[string, string]>([
    [`F1${ZWSP}`, 'question F1'],
    [`F${ZWSP}1`, 'question F1'],
    [`${BOM}F1`, 'question F1'],
    [`${LRI}AR10${PDI}`, 'question AR10'],
    [`F1${RLM} Greater public and media scrutiny`, 'question F1'],
    [`${LRM}Member`, 'member'],
    [`Mem${SHY}ber`, 'member'],
    [`${BOM}Membre`, 'member'],
    [`Re${SHY}ceived`, 'received'],
    [`Date de ré${WJ}ception`, 'received'],
    [`${RLE}Contact${PDF}`, 'contact'],
  ])('%j reads as the %s', (header, expected) => {
    const field = fieldOf(header, items);
    expect(field.kind === 'question' ? `question ${field.item.id}` : field.kind).toBe(expected);
  });

  it('finds an item by an ID written with an invisible character', () => {
    expect(items.find(`E${ZWSP}1`)?.id).toBe('E1');
    expect(items.named(`S1/F1${LRM}`)?.id).toBe('F1');
  });

  it('reads a Responses sheet whose every header carries one, with no note about its columns', () => {
    const survey = readSurvey(
      workbook(
        sheet('Responses', [
          [`${BOM}Member`, `Re${SHY}ceived`, `F1${ZWSP}`, `${LRM}F2`],
          ['Kenya', '1998-03-15', 'Yes', 'No'],
        ]),
      ),
      SURVEY_1998,
      REGISTRY_1998,
    );
    expect(survey.sources[0].notes.filter((n) => n.kind !== 'missing-question' && n.kind !== 'missing-section')).toEqual([]);
    const [submission] = survey.submissions;
    expect(submission.member?.kind === 'named' && submission.member.parsed).toMatchObject({ kind: 'found', member: { code: 'KEN' } });
    expect(submission.received?.parsed).toEqual({ kind: 'date', serial: serialOfUtc(1998, 3, 15) });
    expect(submission.answers.map((a) => [a.item.id, a.parsed])).toEqual([
      ['F1', { kind: 'choice', choice: 'Yes' }],
      ['F2', { kind: 'choice', choice: 'No' }],
    ]);
  });
});

describe('a Member, an answer, a date or a number with invisible characters is the one it shows', () => {
  it.each([`Ken${ZWSP}ya`, `${LRM}Kenya`, `Ke${SHY}nya${BOM}`, `${RLO}KEN`, `${LRI}Kenya${PDI}`])('%j is Kenya', (name) => {
    expect(REGISTRY_1998.match(name)).toMatchObject({ kind: 'found', member: { code: 'KEN' } });
  });

  it('finds a Member by its code written with one', () => {
    expect(REGISTRY_1998.byCode(`MYS${ZWSP}`)?.name.en).toBe('Malaysia');
  });

  it.each([
    [`Yes${ZWSP}`, 'Yes'],
    [`${LRM}Oui`, 'Yes'],
    [`N${SHY}o`, 'No'],
    [`${RLE}Non${PDF}`, 'No'],
  ])('the answer %j is %s', (written, choice) => {
    expect(choiceOf(YN, written)).toBe(choice);
  });

  it.each([`15/03/1998${LRM}`, `${RLM}1998-03-15`, `15 mars${WJ} 1998`])('the date %j is 1998-03-15', (written) => {
    expect(parseDateText(written)).toBe(serialOfUtc(1998, 3, 15));
  });

  it.each([`1${ZWSP}234`, `${LRM}1234`, `1234${BOM}`])('the number %j is 1234', (written) => {
    expect(parseNumberText(written)).toMatchObject({ kind: 'number', value: 1234 });
  });
});

describe('what a message quotes: the text as the cell shows it, without its invisible characters', () => {
  // The characters are never the reason for an issue (they are ignored everywhere a cell is read), so a
  // message does not name them; it quotes what the user sees, and a right-to-left override pasted into a
  // name cannot turn the rest of the message around.
  /** The errors of a Responses sheet answering F1 alone (the other questions' warnings left aside). */
  function rows(cells: Plain[][], lang: 'en' | 'fr') {
    const survey = readSurvey(workbook(sheet('Responses', [['Member', 'Received', 'F1'], ...cells])), SURVEY_1998, REGISTRY_1998);
    const issues = checkSurvey(survey, SURVEY_1998, { today: serialOfUtc(2026, 11, 26) });
    return issues.filter((i) => i.severity === 'error').map((i) => issueRow(i, lang));
  }

  it.each<['en' | 'fr', string, string]>([
    ['en', '“Atlantis” is not a WCO Member name.', 'Atlantis'],
    ['fr', '« Atlantis » n’est pas le nom d’un Membre de l’OMD.', 'Atlantis'],
  ])('(%s) an unknown Member: %s', (lang, message, member) => {
    const [row] = rows([[`${RLO}Atl${ZWSP}antis${PDF}`, '1998-03-15', 'Yes']], lang);
    expect(row.code).toBe('unknown-member');
    expect(row.message.startsWith(message)).toBe(true);
    expect(row.member).toBe(member);
  });

  it.each<['en' | 'fr', string]>([
    ['en', '“Perhaps” is not an answer to this question.'],
    ['fr', '« Perhaps » n’est pas une réponse possible à cette question.'],
  ])('(%s) an answer off the scale: %s', (lang, message) => {
    const [row] = rows([['Kenya', '1998-03-15', `Per${SHY}haps${LRM}`]], lang);
    expect(row.message.startsWith(message)).toBe(true);
  });
});
