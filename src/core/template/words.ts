import type { Language } from '../i18n/language';
import { french } from '../i18n/typography';

export const TEMPLATE_WORDS = {
  en: {
    title: 'WCO Survey of Integrity Practices — submission',
    formTitle: (form: string) => `${form} — submission`,
    ungrouped: 'Questions',
    howToAnswer: {
      several: (names: string) => `one or more of ${names}, separated by spaces`,
      integer: 'a whole number',
      decimal: 'a number',
      date: 'a date',
    },
    member: 'Member',
    received: 'Date received (filled in by the Secretariat, or the date you send it)',
    contact: 'Contact (name and e-mail)',
    instructions:
      'Fill in the shaded cells of column C, choosing each answer from its list. Leave a question blank if it does not apply: a blank is “not answered”, never “No”. Then check the sheet before sending it.',
    answerTitle: 'Answer',
    answerMessage: (answers: string) => `Choose ${answers}, or leave blank.`,
    memberTitle: 'Member',
    memberMessage: 'Choose your administration from the list of WCO Members.',
    questionHeader: 'Question',
    answerHeader: 'Answer',
    allowedHeader: 'Allowed answers',
    memberAnswers: 'a WCO Member, from the list',
    freeText: 'free text',
  },
  fr: french({
    title: 'Enquête de l’OMD sur les pratiques en matière d’intégrité — soumission',
    formTitle: (form: string) => `${form} — soumission`,
    ungrouped: 'Questions',
    howToAnswer: {
      several: (names: string) => `un ou plusieurs parmi ${names}, séparés par des espaces`,
      integer: 'un nombre entier',
      decimal: 'un nombre',
      date: 'une date',
    },
    member: 'Membre',
    received: 'Date de réception (remplie par le Secrétariat, ou date d’envoi)',
    contact: 'Contact (nom et courriel)',
    instructions:
      'Remplissez les cases colorées de la colonne C, en choisissant chaque réponse dans sa liste. Laissez une question vide si elle ne s’applique pas : une case vide signifie « sans réponse », jamais « Non ». Vérifiez ensuite la feuille avant de l’envoyer.',
    answerTitle: 'Réponse',
    answerMessage: (answers: string) => `Choisissez ${answers}, ou laissez vide.`,
    memberTitle: 'Membre',
    memberMessage: 'Choisissez votre administration dans la liste des Membres de l’OMD.',
    questionHeader: 'Question',
    answerHeader: 'Réponse',
    allowedHeader: 'Réponses possibles',
    memberAnswers: 'un Membre de l’OMD, dans la liste',
    freeText: 'texte libre',
  }),
} as const satisfies Record<Language, Record<string, unknown>>;
