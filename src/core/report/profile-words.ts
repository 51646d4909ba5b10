import type { Language } from '../i18n/language';
import { counted } from '../i18n/plural';
import { french } from '../i18n/typography';

/** The text of a Member's profile, in both languages. Its sheet's name is not here: it never changes. */
export const PROFILE_WORDS = {
  en: {
    title: (member: string) => `Member profile: ${member}`,
    round1998: '1998 round',
    region: (region: string) => `Region: ${region}`,
    received: (date: string) => `Submission received: ${date}`,
    notDated: 'Submission received: no date given',
    counted: (respondents: number) => `Counted: yes, one of the ${counted(respondents, 'en', ['respondent', 'respondents'])} in the figures below.`,
    notCountedErrors: (errors: string) => `Counted: no, its answers have errors (${errors}). Its answers are shown; the figures are the other respondents’.`,
    notCountedCutoff: (first: number) =>
      first === 1
        ? 'Counted: no, only the first submission received counts, and it came after it.'
        : `Counted: no, only the first ${first} submissions received count, and it came after them.`,
    notCountedEmpty: 'Counted: no, it was returned without any answer.',
    notCountedAbsent: 'Counted: no, it is not among the respondents counted.',
    legend: (region: string, inRegion: number, all: number) =>
      `Region and All: the percent of respondents giving the answer named above each pair of figures, in ${region} (${counted(inRegion, 'en', ['respondent', 'respondents'])}) and among all ${all} counted.`,
    smallBase: (minimum: number) => `A region’s figure on fewer than ${counted(minimum, 'en', ['respondent', 'respondents'])} is left blank.`,
    answer: 'Answer',
    region_: 'Region',
    all: 'All',
    factor: 'Factor',
    member: 'Member',
    scoreByFactor: 'Score by factor',
    scoring: (scores: string) => `Score: ${scores}. Region and All: the mean score of those who answered.`,
    notAssessed: (member: string) => `${member} did not answer this part: there is nothing of its own to draw.`,
    indicatorsHeading: 'CRM indicators, baseline to follow-up',
    indicator: 'Indicator',
    result: 'Result',
    baseline: 'Baseline',
    followUp: 'Follow-up',
    change: 'Change',
    betterWhen: (direction: string) => `${direction} is better`,
    noIndicators: (member: string) => `The CRM Indicators sheet has no row for ${member}.`,
  },
  fr: french({
    title: (member: string) => `Profil du Membre : ${member}`,
    round1998: 'Enquête de 1998',
    region: (region: string) => `Région : ${region}`,
    received: (date: string) => `Soumission reçue le ${date}`,
    notDated: 'Soumission reçue : date non indiquée',
    counted: (respondents: number) => `Prise en compte : oui, parmi les ${counted(respondents, 'fr', ['répondant', 'répondants'])} des chiffres ci-dessous.`,
    notCountedErrors: (errors: string) =>
      `Prise en compte : non, ses réponses comportent des erreurs (${errors}). Ses réponses sont indiquées ; les chiffres sont ceux des autres répondants.`,
    notCountedCutoff: (first: number) =>
      `Prise en compte : non, seules ${first === 1 ? 'la première soumission reçue compte' : `les ${first} premières soumissions reçues comptent`}, et elle est arrivée après.`,
    notCountedEmpty: 'Prise en compte : non, elle a été renvoyée sans aucune réponse.',
    notCountedAbsent: 'Prise en compte : non, elle ne figure pas parmi les répondants comptés.',
    legend: (region: string, inRegion: number, all: number) =>
      `Région et Tous : le pourcentage des répondants donnant la réponse indiquée au-dessus de chaque paire de chiffres, en ${region} (${counted(inRegion, 'fr', ['répondant', 'répondants'])}) et parmi les ${all} comptés.`,
    smallBase: (minimum: number) => `Un chiffre régional calculé sur moins de ${counted(minimum, 'fr', ['répondant', 'répondants'])} est laissé vide.`,
    answer: 'Réponse',
    region_: 'Région',
    all: 'Tous',
    factor: 'Facteur',
    member: 'Membre',
    scoreByFactor: 'Score par facteur',
    scoring: (scores: string) => `Score : ${scores}. Région et Tous : le score moyen de ceux qui ont répondu.`,
    notAssessed: (member: string) => `${member} n’a pas répondu à cette partie : il n’y a rien de sa part à représenter.`,
    indicatorsHeading: 'Indicateurs de la RMD, de la référence au suivi',
    indicator: 'Indicateur',
    result: 'Résultat',
    baseline: 'Référence',
    followUp: 'Suivi',
    change: 'Variation',
    betterWhen: (direction: string) => `${direction} souhaitée`,
    noIndicators: (member: string) => `La feuille CRM Indicators n’a aucune ligne pour ${member}.`,
  }),
} as const satisfies Record<Language, Record<string, unknown>>;
