import type { SurveyAnalysis } from '../analyse/analyse-survey';
import type { Language } from '../i18n/language';
import { isoDate } from '../workbook/serial';
import type { BlockPlan } from './plan';
import { writtenDate } from './print/words';
import { noteLines } from './table-layout';
import { WORDS } from './words';
import { agreeing, counted } from '../i18n/plural';
import { french } from '../i18n/typography';

/** Where the notes go: their heading's row and column, each note's label's column, and the width of a line of its text. */
export interface NotesPlace {
  readonly top: number;
  readonly left: number;
  readonly labelColumn: number;
  readonly width: number;
}

/**
 * How the figures were made, as the report's notes would say it: under the Summary's table, a note a
 * row or more, its label in bold and its text in lines, running on to the right into
 * empty cells (so that neither changes the width of the table's columns above).
 */
export function notesBlocks(analysis: SurveyAnalysis, lang: Language, today: number, at: NotesPlace): BlockPlan[] {
  const words = NOTES_WORDS[lang];
  const { options, selection, headline, questionnaire } = analysis;
  const late = selection.excludedByCutoff.map((r) => `${r.member.name[lang]}${r.received === undefined ? '' : ` (${isoDate(r.received)})`}`);
  const rows: [string, string][] = [
    [words.analysed, writtenDate(today, lang)],
    [words.questionnaire, questionnaire.title[lang]],
    [words.counted, words.countedText(headline.respondentsCounted, selection.excludedForErrors.length)],
    [words.cutoff, options.firstResponses === undefined ? words.noCutoff : words.cutoffText(options.firstResponses, late)],
    [words.registry, words.registryText(headline.membersInRegistry)],
    [words.blank, words.blankText],
    [words.smallBase, WORDS[lang].smallBaseNote(options.minimumBase)],
    [words.intervals, words.intervalsText(options.population, options.minimumBase)],
  ];
  const { top, left, labelColumn, width } = at;
  const lines = sideRows(rows, width);
  return [
    { top, left, rows: [[words.heading]], style: 'heading' },
    { top: top + 1, left: labelColumn, rows: lines.map(([label]) => [label]), style: 'label' },
    { top: top + 1, left: labelColumn + 1, rows: lines.map(([, line]) => [line]), runsOn: true },
  ];
}

/** Label and text pairs, each text split into lines of at most `width` characters, the label on the first. */
export function sideRows(pairs: readonly (readonly [string, string])[], width: number): [string | null, string][] {
  return pairs.flatMap(([label, text]) => noteLines(text, width).map((line, i): [string | null, string] => [i === 0 ? label : null, line]));
}

export const NOTES_WORDS = {
  en: {
    heading: 'How the figures were made',
    analysed: 'Date of analysis',
    questionnaire: 'Questionnaire',
    counted: 'Respondents counted',
    countedText: (respondents: number, errors: number) =>
      `${counted(respondents, 'en', ['submission', 'submissions'])} without errors` +
      (errors > 0 ? `; ${errors} with errors left out, ${errors === 1 ? 'named' : 'each named'} above and in the Validation sheet.` : '.'),
    cutoff: 'Cutoff',
    noCutoff: 'None: every submission without errors is counted.',
    cutoffText: (first: number, late: readonly string[]) =>
      `${first === 1 ? 'The first submission received' : `The first ${first} submissions received`}, by date received, as the 1998 report counted its first 36.` +
      (late.length > 0 ? ` Received later, not counted: ${late.join(', ')}.` : ''),
    registry: 'Members',
    registryText: (members: number) =>
      `${counted(members, 'en', ['Member', 'Members'])} in the registry: the response rate is of ${members === 1 ? 'it' : 'them'}.`,
    blank: 'Blank answers',
    blankText: 'A blank answer is “not answered”, never “No”.',
    smallBase: 'Small bases',
    intervals: 'Low and High',
    intervalsText: (population: number | undefined, min: number) =>
      `The 95 % interval of each percent on ${counted(min, 'en', ['respondent', 'respondents'])} or more` +
      (population === undefined ? '' : `, corrected for a population of ${population}`) +
      '. It assumes the respondents are like a random sample of the population; those who did not respond may differ more than it shows.',
  },
  fr: french({
    heading: 'Comment les chiffres ont été établis',
    analysed: 'Date de l’analyse',
    questionnaire: 'Questionnaire',
    counted: 'Répondants comptés',
    countedText: (respondents: number, errors: number) =>
      `${counted(respondents, 'fr', ['soumission', 'soumissions'])} sans erreur` +
      (errors > 0
        ? ` ; ${errors} avec erreurs ${agreeing(errors, 'fr', ['écartée, nommée', 'écartées, chacune nommée'])} ci-dessus et dans la feuille Validation.`
        : '.'),
    cutoff: 'Limite',
    noCutoff: 'Aucune : toute soumission sans erreur est comptée.',
    cutoffText: (first: number, late: readonly string[]) =>
      `${first === 1 ? 'La première soumission reçue' : `Les ${first} premières soumissions reçues`}, par date de réception, comme le rapport de 1998 a compté ses 36 premières.` +
      (late.length > 0 ? ` Reçues après, non comptées : ${late.join(', ')}.` : ''),
    registry: 'Membres',
    registryText: (members: number) =>
      `${counted(members, 'fr', ['Membre', 'Membres'])} dans le registre : le taux de réponse est calculé sur ${agreeing(members, 'fr', ['lui', 'eux'])}.`,
    blank: 'Réponses vides',
    blankText: 'Une réponse vide signifie « sans réponse », jamais « Non ».',
    smallBase: 'Petites bases',
    intervals: 'Low et High',
    intervalsText: (population: number | undefined, min: number) =>
      `L’intervalle à 95 % de chaque pourcentage sur ${counted(min, 'fr', ['répondant', 'répondants'])} ou plus` +
      (population === undefined ? '' : `, corrigé pour une population de ${population}`) +
      '. Il suppose que les répondants sont comme un échantillon aléatoire de la population ; ceux qui n’ont pas répondu peuvent s’en écarter davantage qu’il ne le montre.',
  }),
} as const satisfies Record<Language, Record<string, unknown>>;
