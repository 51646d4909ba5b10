import type { Language } from '../i18n/language';
import type { Item } from '../questionnaire/types';
import { refText } from '../workbook/ref-text';
import { DATE_ANSWER_MESSAGE } from './date-messages';
import { q, type Messages } from './message-parts';

type AnswerCode = 'invalid-answer' | 'constraint-not-met' | 'required-answer-missing' | 'answer-not-relevant' | 'selection-mismatch';

/** The choices the 0/1 columns mark, by label. */
function marked(item: Item, chosen: readonly string[], lang: Language): string {
  const labels = chosen.map((name) => item.scale.choices.find((c) => c.name === name)?.label[lang] ?? name);
  if (labels.length > 0) return labels.join(', ');
  return lang === 'en' ? 'none' : 'aucun';
}

function accepted(item: Item, lang: Language): string {
  const { scale } = item;
  const words = scale.choices.map((c) => c.label[lang]).join(', ');
  if (scale.booleans) {
    return lang === 'en' ? `${words} (also Y/N, 1/0, TRUE/FALSE, x for Yes)` : `${words} (ou O/N, 1/0, VRAI/FAUX, x pour Oui)`;
  }
  if (item.type !== 'select_multiple') return words;
  return lang === 'en' ? `${words}; for several, separate them with commas` : `${words} ; pour en donner plusieurs, séparez-les par des virgules`;
}

const EN: Messages<AnswerCode> = {
  'invalid-answer': ({ value, item, problem }) => {
    switch (item.type) {
      case 'integer':
        return `${q.en(value)} is not a whole number. Enter the answer as a whole number, for example 12.`;
      case 'decimal':
        return `${q.en(value)} is not a number. Enter the answer as a number, for example 12.5.`;
      case 'date':
        return DATE_ANSWER_MESSAGE.en(value, problem);
      default:
        return `${q.en(value)} is not an answer to this question. Accepted answers: ${accepted(item, 'en')}.`;
    }
  },
  'constraint-not-met': ({ value, item }) =>
    `${q.en(value)} breaks the form’s rule for this question (${item.constraint?.text}). ${item.constraintMessage?.en ?? 'Correct the answer.'}`,
  'required-answer-missing': () => 'The form requires an answer to this question and it is blank. Enter the answer.',
  'answer-not-relevant': ({ item }) =>
    `The form does not ask this question here (it asks it only when ${item.relevant?.text}), so this answer is not counted. Check the answers it depends on, or clear this one.`,
  'selection-mismatch': ({ value, chosen, option, item }) =>
    `The answer ${q.en(value)} does not agree with this question’s 0/1 columns, one per choice, which mark: ${marked(item, chosen, 'en')} (the first that differs is ${refText(option)}). Correct one or the other so that both say the same; until then this submission is not counted.`,
};

const FR: Messages<AnswerCode> = {
  'invalid-answer': ({ value, item, problem }) => {
    switch (item.type) {
      case 'integer':
        return `${q.fr(value)} n’est pas un nombre entier. Saisissez la réponse sous forme de nombre entier, par exemple 12.`;
      case 'decimal':
        return `${q.fr(value)} n’est pas un nombre. Saisissez la réponse sous forme de nombre, par exemple 12,5.`;
      case 'date':
        return DATE_ANSWER_MESSAGE.fr(value, problem);
      default:
        return `${q.fr(value)} n’est pas une réponse possible à cette question. Réponses acceptées : ${accepted(item, 'fr')}.`;
    }
  },
  'constraint-not-met': ({ value, item }) =>
    `${q.fr(value)} ne respecte pas la règle du formulaire pour cette question (${item.constraint?.text}). ${item.constraintMessage?.fr ?? 'Corrigez la réponse.'}`,
  'required-answer-missing': () => 'Le formulaire exige une réponse à cette question et elle est vide. Saisissez la réponse.',
  'answer-not-relevant': ({ item }) =>
    `Le formulaire ne pose pas cette question ici (il ne la pose que si ${item.relevant?.text}) : cette réponse n’est donc pas comptée. Vérifiez les réponses dont elle dépend, ou effacez celle-ci.`,
  'selection-mismatch': ({ value, chosen, option, item }) =>
    `La réponse ${q.fr(value)} ne concorde pas avec les colonnes 0/1 de cette question, une par choix, qui marquent : ${marked(item, chosen, 'fr')} (la première qui diffère est ${refText(option)}). Corrigez l’une ou l’autre pour qu’elles disent la même chose ; d’ici là, cette soumission n’est pas comptée.`,
};

export const ANSWER_MESSAGES: Readonly<Record<Language, Messages<AnswerCode>>> = { en: EN, fr: FR };
