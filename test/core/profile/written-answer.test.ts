import { answeredLanguage, shownAnswer, writtenAnswer } from '../../../src/core/profile/written-answer';
import { answerOf } from '../../../src/core/read/item-answers';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import type { Item } from '../../../src/core/questionnaire/types';
import { cell, type Plain } from '../../support/snapshot';

const item = (id: string): Item => SURVEY_1998.sections.flatMap((s) => s.items).find((i) => i.id === id)!;
const F1 = item('F1');
const AR1 = item('AR1');
const answer = (it: Item, value: Plain) => answerOf(it, cell(value)!);

describe('the language a Member answered in', () => {
  it('is French where its answers spell French words, English where they spell English ones', () => {
    expect(answeredLanguage([answer(F1, 'Oui'), answer(item('F2'), 'Non'), answer(AR1, 'Partiel')])).toBe('fr');
    expect(answeredLanguage([answer(F1, 'yes'), answer(AR1, 'Not in place')])).toBe('en');
  });

  it('goes by the most of its answers, whatever their case or accents', () => {
    expect(answeredLanguage([answer(F1, 'OUI'), answer(item('F2'), 'non'), answer(AR1, 'In place')])).toBe('fr');
  });

  it('is none where the answers are codes or ticks, or as many in each language', () => {
    expect(answeredLanguage([answer(F1, 1), answer(item('F2'), true), answer(item('F3'), 'x')])).toBeUndefined();
    expect(answeredLanguage([answer(F1, 'Oui'), answer(item('F2'), 'No')])).toBeUndefined();
    expect(answeredLanguage([])).toBeUndefined();
  });

  it('counts no word both languages share', () => {
    const region: Item = {
      ...F1,
      id: 'R1',
      scale: {
        id: 'region',
        choices: [
          { name: 'eu', label: { en: 'Europe', fr: 'Europe' } },
          { name: 'af', label: { en: 'Africa', fr: 'Afrique' } },
        ],
        reported: [],
      },
    };
    expect(answeredLanguage([answer(region, 'Europe')])).toBeUndefined();
    expect(answeredLanguage([answer(region, 'Europe'), answer(region, 'Afrique')])).toBe('fr');
  });
});

describe('a Member’s answer as its profile shows it', () => {
  it('is as the Member wrote it where it spells a word of the scale, in either language', () => {
    expect(shownAnswer(writtenAnswer(answer(F1, 'oui')), F1, 'en')).toBe('oui');
    expect(shownAnswer(writtenAnswer(answer(AR1, '  Partly ')), AR1, 'fr')).toBe('Partly');
  });

  it('is the choice’s label in the profile’s language where the Member wrote a code, an alias or a tick', () => {
    expect(shownAnswer(writtenAnswer(answer(F1, 1)), F1, 'fr')).toBe('Oui');
    expect(shownAnswer(writtenAnswer(answer(F1, true)), F1, 'en')).toBe('Yes');
    expect(shownAnswer(writtenAnswer(answer(AR1, 'partiellement')), AR1, 'fr')).toBe('Partiel');
  });

  it('is as written where it names no choice at all, so that a coordinator sees what to correct', () => {
    const off = writtenAnswer(answer(F1, 'Maybe'));
    expect(off.choices).toBeUndefined();
    expect(shownAnswer(off, F1, 'fr')).toBe('Maybe');
  });
});
