import type { ExpressionProblem } from '../expression/expression';
import { FUNCTIONS } from '../expression/expression';
import type { Language } from '../i18n/language';
import { refText } from '../workbook/ref-text';
import type { IssueCode } from './issue';
import { q, type Messages } from './message-parts';

type FormCode = Extract<IssueCode, `form-${string}`>;

const FUNCTION_LIST = Object.keys(FUNCTIONS)
  .map((name) => `${name}()`)
  .join(', ');

function problem(p: ExpressionProblem, lang: Language): string {
  const en = lang === 'en';
  switch (p.kind) {
    case 'syntax':
      if (!p.near) return en ? 'it ends too soon' : 'elle s’arrête trop tôt';
      return en ? `it cannot be read from ${q.en(p.near)}` : `elle ne peut pas être lue à partir de ${q.fr(p.near)}`;
    case 'function':
      return en
        ? `the add-in does not evaluate ${p.name}() (it evaluates ${FUNCTION_LIST}, comparisons, and, or, arithmetic)`
        : `le complément n’évalue pas ${p.name}() (il évalue ${FUNCTION_LIST}, les comparaisons, and, or, l’arithmétique)`;
    case 'question':
      return en ? `${q.en(`\${${p.name}}`)} is not a question the add-in reads` : `${q.fr(`\${${p.name}}`)} n’est pas une question lue par le complément`;
  }
}

const EN: Messages<FormCode> = {
  'form-missing-sheet': (d) =>
    `The questionnaire has no sheet named ${q.en(d.sheet)}${d.suggestion ? `; is it ${q.en(d.suggestion)}? Rename that sheet ${q.en(d.sheet)}` : ''}. ` +
    (d.sheet === 'survey'
      ? 'An XLSForm lists its questions on a “survey” sheet (columns type, name, label).'
      : 'Its select questions need their choices on a “choices” sheet (columns list_name, name, label).'),
  'form-missing-column': (d) => `This sheet has no ${q.en(d.column)} column. Add it to the header row: without it the form cannot be read.`,
  'form-no-questions': () => 'The form has no question the add-in can read. List the questions on the “survey” sheet, each with a type, a name and a label.',
  'form-unknown-type': (d) =>
    d.type
      ? `${q.en(d.type)} is not an XLSForm question type${d.suggestion ? `. Did you mean ${q.en(d.suggestion)}?` : ' (for example select_one yes_no, integer, text).'} The row is left out.`
      : 'This row has no type. Enter one (for example select_one yes_no, integer, text), or clear the row.',
  'form-unsupported-type': (d) => `Questions of type ${q.en(d.type)} are not analysed: their answers are kept, neither checked nor counted.`,
  'form-repeat': (d) =>
    `Repeats are not supported: the questions of the repeat ${q.en(d.name)} are not analysed. Ask them once per Member, outside a repeat, to have them counted.`,
  'form-missing-name': () => 'This row has no name. Give it a short name of its own (letters, digits, _): it heads the column of its answers.',
  'form-invalid-name': (d) =>
    `${q.en(d.name)} is not a valid name: begin with a letter or _, then use only letters, digits, _, - or . (no spaces). The row is left out.`,
  'form-duplicate-name': (d) =>
    `The name ${q.en(d.name)} is already used at ${refText(d.first)}. Give each question and group a name of its own: only the first is used.`,
  'form-duplicate-choice': (d) =>
    `The list ${q.en(d.list)} already has a choice named ${q.en(d.name)} at ${refText(d.first)}. Give each choice of a list a name of its own: only the first is used.`,
  'form-missing-list': (d) =>
    d.list
      ? `The list ${q.en(d.list)} is not on the “choices” sheet${d.suggestion ? `. Did you mean ${q.en(d.suggestion)}?` : ''}. Add its choices there, or correct the name. The question is left out.`
      : 'A select question needs the name of its list of choices after its type, for example select_one yes_no. The question is left out.',
  'form-empty-list': (d) => `The list ${q.en(d.list)} has no named choice. Give each of its rows on the “choices” sheet a name. The question is left out.`,
  'form-unclosed-group': (d) => `The group ${q.en(d.name)} is never closed. Add an “end group” row after its last question.`,
  'form-unopened-group': () => 'This row closes a group or repeat that is not open. Remove it, or add the “begin group” it closes.',
  'form-unreadable-expression': (d) =>
    `The ${d.column} expression ${q.en(d.expression)} cannot be evaluated: ${problem(d.problem, 'en')}. It is ignored: this rule is not checked.`,
};

const FR: Messages<FormCode> = {
  'form-missing-sheet': (d) =>
    `Le questionnaire n’a pas de feuille nommée ${q.fr(d.sheet)}${d.suggestion ? ` ; s’agit-il de ${q.fr(d.suggestion)} ? Renommez cette feuille ${q.fr(d.sheet)}` : ''}. ` +
    (d.sheet === 'survey'
      ? 'Un XLSForm liste ses questions dans une feuille « survey » (colonnes type, name, label).'
      : 'Ses questions à choix ont besoin de leurs choix dans une feuille « choices » (colonnes list_name, name, label).'),
  'form-missing-column': (d) =>
    `Cette feuille n’a pas de colonne ${q.fr(d.column)}. Ajoutez-la à la ligne d’en-tête : sans elle, le formulaire ne peut pas être lu.`,
  'form-no-questions': () =>
    'Le formulaire ne contient aucune question lisible par le complément. Listez les questions dans la feuille « survey », chacune avec un type, un nom et un libellé.',
  'form-unknown-type': (d) =>
    d.type
      ? `${q.fr(d.type)} n’est pas un type de question XLSForm${d.suggestion ? `. Vouliez-vous dire ${q.fr(d.suggestion)} ?` : ' (par exemple select_one yes_no, integer, text).'} La ligne est écartée.`
      : 'Cette ligne n’a pas de type. Indiquez-en un (par exemple select_one yes_no, integer, text), ou videz la ligne.',
  'form-unsupported-type': (d) =>
    `Les questions de type ${q.fr(d.type)} ne sont pas analysées : leurs réponses sont conservées, sans être vérifiées ni comptées.`,
  'form-repeat': (d) =>
    `Les répétitions ne sont pas prises en charge : les questions de la répétition ${q.fr(d.name)} ne sont pas analysées. Posez-les une seule fois par Membre, hors répétition, pour qu’elles soient comptées.`,
  'form-missing-name': () =>
    'Cette ligne n’a pas de nom. Donnez-lui un nom court qui lui soit propre (lettres, chiffres, _) : il sert d’en-tête à la colonne de ses réponses.',
  'form-invalid-name': (d) =>
    `${q.fr(d.name)} n’est pas un nom valide : commencez par une lettre ou _, puis n’utilisez que des lettres, des chiffres, _, - ou . (sans espace). La ligne est écartée.`,
  'form-duplicate-name': (d) =>
    `Le nom ${q.fr(d.name)} est déjà utilisé en ${refText(d.first)}. Donnez à chaque question et à chaque groupe un nom qui lui soit propre : seul le premier est utilisé.`,
  'form-duplicate-choice': (d) =>
    `La liste ${q.fr(d.list)} a déjà un choix nommé ${q.fr(d.name)} en ${refText(d.first)}. Donnez à chaque choix d’une liste un nom qui lui soit propre : seul le premier est utilisé.`,
  'form-missing-list': (d) =>
    d.list
      ? `La liste ${q.fr(d.list)} n’est pas dans la feuille « choices »${d.suggestion ? `. Vouliez-vous dire ${q.fr(d.suggestion)} ?` : ''}. Ajoutez-y ses choix, ou corrigez le nom. La question est écartée.`
      : 'Une question à choix doit indiquer sa liste de choix après son type, par exemple select_one yes_no. La question est écartée.',
  'form-empty-list': (d) =>
    `La liste ${q.fr(d.list)} n’a aucun choix nommé. Donnez un nom à chacune de ses lignes dans la feuille « choices ». La question est écartée.`,
  'form-unclosed-group': (d) => `Le groupe ${q.fr(d.name)} n’est jamais fermé. Ajoutez une ligne « end group » après sa dernière question.`,
  'form-unopened-group': () => 'Cette ligne ferme un groupe ou une répétition qui n’est pas ouvert. Supprimez-la, ou ajoutez le « begin group » qu’elle ferme.',
  'form-unreadable-expression': (d) =>
    `L’expression ${d.column} ${q.fr(d.expression)} ne peut pas être évaluée : ${problem(d.problem, 'fr')}. Elle est ignorée : cette règle n’est pas vérifiée.`,
};

export const FORM_MESSAGES: Readonly<Record<Language, Messages<FormCode>>> = { en: EN, fr: FR };
