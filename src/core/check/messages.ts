import { CRM_STAGES, STAGE_LABELS } from '../crm/stages';
import type { Language } from '../i18n/language';
import { formatNumber } from '../i18n/numbers';
import { refText } from '../workbook/ref-text';
import { ANSWER_MESSAGES } from './answer-messages';
import { RECEIVED_MESSAGE } from './date-messages';
import { FOREIGN_MEMBER_MESSAGE } from './foreign-letters';
import { FORM_MESSAGES } from './form-messages';
import type { IssueDetail } from './issue';
import { cellList, q, rowSpans, type Messages } from './message-parts';

const SETTING_VALUES = {
  en: 'Settings: First responses (a whole number), Population (a whole number: how many the survey was sent to, when not the Members of the registry), Base (answered, respondents or applicable), Language (en or fr), Member question (the name of a select_one or text question of the XLSForm).',
  fr: 'Paramètres : First responses (un nombre entier), Population (un nombre entier : le nombre de destinataires de l’enquête, s’il ne s’agit pas des Membres du registre), Base (answered, respondents ou applicable), Language (en ou fr), Member question (le nom d’une question select_one ou text du XLSForm).',
};

/** A number as the message's language writes it, without binary noise (0.07 × 100 is 7). */
const num = { en: (n: number) => formatNumber(n, 'en'), fr: (n: number) => formatNumber(n, 'fr') };

function stages(lang: Language): string {
  const labels = CRM_STAGES.map((stage) => STAGE_LABELS[stage][lang]);
  return `${labels.slice(0, -1).join(', ')} ${lang === 'en' ? 'or' : 'ou'} ${labels[labels.length - 1]}`;
}

/** For an XLSForm: the other way to name the Member, a question of the form, chosen as a setting. */
const memberQuestionHint = {
  en: (questions?: readonly string[]) =>
    questions === undefined
      ? ''
      : questions.length === 0
        ? ' Or add to the form a select_one or text question named member or country.'
        : ` Or name the form’s question that holds the Member as the setting Member question (Settings sheet, task pane or --member-question): ${questions.join(', ')}.`,
  fr: (questions?: readonly string[]) =>
    questions === undefined
      ? ''
      : questions.length === 0
        ? ' Ou ajoutez au formulaire une question select_one ou text nommée member ou country.'
        : ` Ou indiquez la question du formulaire qui contient le Membre dans le paramètre Member question (feuille Settings, volet ou --member-question) : ${questions.join(', ')}.`,
};

const DIRECTIONS = {
  en: 'Enter higher (a higher value is better) or lower (a lower value is better).',
  fr: 'Indiquez hausse (une valeur plus élevée est meilleure) ou baisse (une valeur plus basse est meilleure).',
};

const EN: Messages = {
  ...ANSWER_MESSAGES.en,
  ...FORM_MESSAGES.en,
  'missing-member-column': (d) =>
    d.headerRow
      ? `There is no Member column in this first row. Row ${d.headerRow} has one and looks like the header: delete the rows above it, or make it and the rows below an Excel table named Responses.`
      : `There is no Member column. Add a column headed “Member” holding each Member’s name or code.${memberQuestionHint.en(d.questions)}`,
  'missing-member-row': () => 'This submission sheet has no Member row. Add a row with “Member” in column A and the Member’s name in column C.',
  'blank-member': () => 'The Member is blank. Enter the Member’s name or code: without it the submission cannot be counted.',
  'unknown-member': (d) =>
    d.foreign
      ? FOREIGN_MEMBER_MESSAGE.en(d.name, d.foreign, d.suggestion)
      : d.suggestion
        ? `${q.en(d.name)} is not a WCO Member name. Did you mean ${d.suggestion.name.en}?`
        : `${q.en(d.name)} is not a WCO Member name. Check the spelling, or enter the Member’s code (for example MYS).`,
  'duplicate-member': (d) => `This Member also has a submission at ${refText(d.first)}. Keep one submission per Member: delete or merge the other.`,
  'error-value': (d) => `The cell holds the Excel error ${d.error}. Replace it with a value, or clear it if there is no answer.`,
  'invalid-date': (d) => RECEIVED_MESSAGE.en(d.value, d.problem),
  'future-date': (d) => `The date received, ${d.date}, is in the future. Correct the date.`,
  'duplicate-column': (d) =>
    d.hidden === 'first'
      ? `Column ${q.en(d.header)} repeats the hidden column at ${refText(d.first)}. This visible one is read: delete the hidden one, or unhide it to compare.`
      : d.hidden === 'this'
        ? `This hidden column ${q.en(d.header)} repeats the column at ${refText(d.first)}, which is the one read. Delete this column, or unhide it to compare.`
        : `Column ${q.en(d.header)} repeats the column at ${refText(d.first)}. Keep one: only the first is read.`,
  'merged-answers': (d) =>
    `The cells ${d.range} are merged: only the first holds an answer, and the others count as not answered. Unmerge them and write each answer in its own cell.`,
  'hidden-rows': (d) =>
    d.rows.length === 1
      ? `Row ${d.rows[0]} is hidden (by a filter, or by hand), and its submission is read and counted like the rows shown. Show it to check it, or delete the row if it should not count.`
      : `Rows ${cellList.en(rowSpans(d.rows))} are hidden (by a filter, or by hand), and their submissions are read and counted like the rows shown. Show them to check them (clear the filter), or delete the rows that should not count.`,
  'duplicate-row': (d) => `Row ${q.en(d.header)} repeats the row at ${refText(d.first)}. Keep one: only the first is read.`,
  'unknown-column': (d) =>
    d.header
      ? `Column ${q.en(d.header)} is not a question of the questionnaire and is ignored. If it is one, head it with the question’s ID (for example F1).`
      : 'This column has answers but no header, and is ignored. Head it with the question’s ID (for example F1).',
  'unknown-row': (d) => `Row ${q.en(d.header)} is not a question of the questionnaire; its answer is ignored.`,
  'missing-question': (d) => `There is no place for question ${d.item.id} (${d.item.label.en}): it counts as not answered.`,
  'missing-section': (d) => `There is no place for section ${d.section.id} (${d.section.label.en}): its questions count as not answered.`,
  'empty-submission': () => 'This submission has no answers. Fill them in, or remove the submission if it was not meant to be sent.',
  'formulas-not-calculated': (d) =>
    `${d.cells.length === 1 ? 'The formula in' : 'The formulas in'} ${cellList.en(d.cells)} ${d.cells.length === 1 ? 'has' : 'have'} no calculated value: the file was saved by a program that does not calculate, so ${d.cells.length === 1 ? 'it reads' : 'they read'} as empty. Open the file in Excel, save it, and check again.`,
  'blank-section': (d) => `Section ${d.section.id} (${d.section.label.en}) is entirely blank. Answer its questions, or leave it blank if none applies.`,
  'no-received-date': (d) =>
    `This submission has no date received, so it ranks after every dated one for “First responses” (${d.first}). Enter the date to rank it.`,
  'invalid-setting': (d) => `${q.en(d.value)} is not a value of the setting ${q.en(d.setting)}; its default is used. ${SETTING_VALUES.en}`,
  'unknown-setting': (d) => `${q.en(d.setting)} is not a setting and is ignored. ${SETTING_VALUES.en}`,
  'population-below-respondents': (d) =>
    `The Population, ${d.population}, is smaller than the ${d.respondents} respondents counted, so it cannot be how many the survey was sent to; the ${d.members} Members of the registry are used. Enter the number the survey was sent to, or clear it.`,
  'missing-column': (d) => `There is no column headed ${q.en(d.header.en)}. Add it: without it the rows of this sheet cannot be used.`,
  'blank-indicator': () => 'The indicator is blank. Enter the ID of an indicator of the catalogue, for example REV-YIELD.',
  'unknown-indicator': (d) =>
    d.suggestion
      ? `${q.en(d.name)} is not an indicator of the catalogue. Did you mean ${d.suggestion.id} (${d.suggestion.label.en})?`
      : `${q.en(d.name)} is not an indicator of the catalogue. Enter an indicator ID (for example REV-YIELD), or define the indicator on an “Indicator Catalogue” sheet.`,
  'duplicate-member-indicator': (d) =>
    `This Member already has a row for ${d.indicator.id} at ${refText(d.first)}. Keep one row per Member and indicator: only the first is evaluated.`,
  'invalid-number': (d) =>
    `${q.en(d.value)} is not a number. Enter the value as a number${d.unit?.key ? ` (unit: ${d.unit.label.en})` : ''}, or leave the cell blank if it was not measured.`,
  'ambiguous-number': (d) =>
    `${q.en(d.value)} could mean ${num.en(d.whole)} or ${num.en(d.decimal)}. Write ${num.en(d.whole)} for the whole number, or ${num.en(d.decimal)} for the decimal one.`,
  'percent-over-100': (d) =>
    `${num.en(d.value)} is read as ${num.en(d.value * 100)}%, since a percentage is a fraction (85% is 0.85). If you meant ${num.en(d.value)}%, enter ${q.en(`${num.en(d.value)}%`)} or ${num.en(d.value / 100)}.`,
  'unknown-stage': (d) => `${q.en(d.value)} is not a CRM stage and is ignored. Enter ${stages('en')}, or leave it blank.`,
  'blank-indicator-id': () => 'This catalogue row has no ID and is not used. Enter a short ID (for example SEIZURES), or clear the row.',
  'duplicate-indicator-id': (d) => `Indicator ${d.id} is already defined at ${refText(d.first)}. Keep one row per ID: only the first is used.`,
  'invalid-direction': (d) => (d.value ? `${q.en(d.value)} is not a direction. ${DIRECTIONS.en}` : `A new indicator needs a direction. ${DIRECTIONS.en}`),
};

const FR: Messages = {
  ...ANSWER_MESSAGES.fr,
  ...FORM_MESSAGES.fr,
  'missing-member-column': (d) =>
    d.headerRow
      ? `Cette première ligne n’a pas de colonne Member. La ligne ${d.headerRow} en a une et semble être la ligne d’en-tête : supprimez les lignes au-dessus, ou faites d’elle et des lignes suivantes un tableau Excel nommé Responses.`
      : `Il n’y a pas de colonne Member. Ajoutez une colonne intitulée « Member » contenant le nom ou le code de chaque Membre.${memberQuestionHint.fr(d.questions)}`,
  'missing-member-row': () =>
    'Cette feuille de soumission n’a pas de ligne Member. Ajoutez une ligne avec « Member » en colonne A et le nom du Membre en colonne C.',
  'blank-member': () => 'Le Membre n’est pas renseigné. Indiquez son nom ou son code : sans lui, la soumission ne peut pas être comptée.',
  'unknown-member': (d) =>
    d.foreign
      ? FOREIGN_MEMBER_MESSAGE.fr(d.name, d.foreign, d.suggestion)
      : d.suggestion
        ? `${q.fr(d.name)} n’est pas le nom d’un Membre de l’OMD. Vouliez-vous dire ${d.suggestion.name.fr} ?`
        : `${q.fr(d.name)} n’est pas le nom d’un Membre de l’OMD. Vérifiez l’orthographe, ou indiquez le code du Membre (par exemple MYS).`,
  'duplicate-member': (d) =>
    `Ce Membre a aussi une soumission en ${refText(d.first)}. Gardez une seule soumission par Membre : supprimez ou fusionnez l’autre.`,
  'error-value': (d) => `La cellule contient l’erreur Excel ${d.error}. Remplacez-la par une valeur, ou videz-la s’il n’y a pas de réponse.`,
  'invalid-date': (d) => RECEIVED_MESSAGE.fr(d.value, d.problem),
  'future-date': (d) => `La date de réception, ${d.date}, est dans le futur. Corrigez la date.`,
  'duplicate-column': (d) =>
    d.hidden === 'first'
      ? `La colonne ${q.fr(d.header)} répète la colonne masquée en ${refText(d.first)}. C’est celle-ci, visible, qui est lue : supprimez la colonne masquée, ou affichez-la pour comparer.`
      : d.hidden === 'this'
        ? `Cette colonne masquée ${q.fr(d.header)} répète la colonne en ${refText(d.first)}, qui est celle lue. Supprimez cette colonne, ou affichez-la pour comparer.`
        : `La colonne ${q.fr(d.header)} répète la colonne en ${refText(d.first)}. N’en gardez qu’une : seule la première est lue.`,
  'hidden-rows': (d) =>
    d.rows.length === 1
      ? `La ligne ${d.rows[0]} est masquée (par un filtre, ou à la main) : sa soumission est lue et comptée comme les lignes affichées. Affichez-la pour la vérifier, ou supprimez la ligne si elle ne doit pas compter.`
      : `Les lignes ${cellList.fr(rowSpans(d.rows))} sont masquées (par un filtre, ou à la main) : leurs soumissions sont lues et comptées comme les lignes affichées. Affichez-les pour les vérifier (effacez le filtre), ou supprimez les lignes qui ne doivent pas compter.`,
  'merged-answers': (d) =>
    `Les cellules ${d.range} sont fusionnées : seule la première contient une réponse, les autres sont comptées sans réponse. Annulez la fusion et écrivez chaque réponse dans sa cellule.`,
  'duplicate-row': (d) => `La ligne ${q.fr(d.header)} répète la ligne en ${refText(d.first)}. N’en gardez qu’une : seule la première est lue.`,
  'unknown-column': (d) =>
    d.header
      ? `La colonne ${q.fr(d.header)} n’est pas une question du questionnaire et est ignorée. Si c’en est une, intitulez-la par l’identifiant de la question (par exemple F1).`
      : 'Cette colonne contient des réponses mais pas d’en-tête, et est ignorée. Intitulez-la par l’identifiant de la question (par exemple F1).',
  'unknown-row': (d) => `La ligne ${q.fr(d.header)} n’est pas une question du questionnaire ; sa réponse est ignorée.`,
  'missing-question': (d) => `Aucun emplacement pour la question ${d.item.id} (${d.item.label.fr}) : elle est comptée comme sans réponse.`,
  'missing-section': (d) => `Aucun emplacement pour la section ${d.section.id} (${d.section.label.fr}) : ses questions sont comptées comme sans réponse.`,
  'empty-submission': () => 'Cette soumission ne contient aucune réponse. Remplissez-la, ou supprimez-la si elle n’était pas destinée à être envoyée.',
  'formulas-not-calculated': (d) =>
    `${d.cells.length === 1 ? 'La formule en' : 'Les formules en'} ${cellList.fr(d.cells)} ${d.cells.length === 1 ? 'n’a' : 'n’ont'} pas de valeur calculée : le fichier a été enregistré par un programme qui ne calcule pas, ${d.cells.length === 1 ? 'elle est donc lue vide' : 'elles sont donc lues vides'}. Ouvrez le fichier dans Excel, enregistrez-le, puis vérifiez de nouveau.`,
  'blank-section': (d) =>
    `La section ${d.section.id} (${d.section.label.fr}) est entièrement vide. Répondez à ses questions, ou laissez-la vide si aucune ne s’applique.`,
  'no-received-date': (d) =>
    `Cette soumission n’a pas de date de réception : elle est classée après toutes les soumissions datées pour « First responses » (${d.first}). Indiquez la date pour la classer.`,
  'invalid-setting': (d) =>
    `${q.fr(d.value)} n’est pas une valeur possible du paramètre ${q.fr(d.setting)} ; sa valeur par défaut est utilisée. ${SETTING_VALUES.fr}`,
  'unknown-setting': (d) => `${q.fr(d.setting)} n’est pas un paramètre et est ignoré. ${SETTING_VALUES.fr}`,
  'population-below-respondents': (d) =>
    `La Population, ${d.population}, est inférieure aux ${d.respondents} répondants comptés : elle ne peut être le nombre de destinataires de l’enquête ; les ${d.members} Membres du registre sont utilisés. Indiquez le nombre de destinataires de l’enquête, ou effacez-la.`,
  'missing-column': (d) =>
    `Il n’y a pas de colonne intitulée ${q.fr(d.header.fr)} (ou ${q.fr(d.header.en)}). Ajoutez-la : sans elle, les lignes de cette feuille ne peuvent pas être utilisées.`,
  'blank-indicator': () => 'L’indicateur n’est pas renseigné. Indiquez l’identifiant d’un indicateur du catalogue, par exemple REV-YIELD.',
  'unknown-indicator': (d) =>
    d.suggestion
      ? `${q.fr(d.name)} n’est pas un indicateur du catalogue. Vouliez-vous dire ${d.suggestion.id} (${d.suggestion.label.fr}) ?`
      : `${q.fr(d.name)} n’est pas un indicateur du catalogue. Indiquez l’identifiant d’un indicateur (par exemple REV-YIELD), ou définissez l’indicateur dans une feuille « Indicator Catalogue ».`,
  'duplicate-member-indicator': (d) =>
    `Ce Membre a déjà une ligne pour ${d.indicator.id} en ${refText(d.first)}. Gardez une seule ligne par Membre et par indicateur : seule la première est évaluée.`,
  'invalid-number': (d) =>
    `${q.fr(d.value)} n’est pas un nombre. Saisissez la valeur sous forme de nombre${d.unit?.key ? ` (unité : ${d.unit.label.fr})` : ''}, ou laissez la cellule vide si elle n’a pas été mesurée.`,
  'ambiguous-number': (d) =>
    `${q.fr(d.value)} peut se lire ${num.fr(d.whole)} ou ${num.fr(d.decimal)}. Écrivez ${num.en(d.whole)} pour le nombre entier ; pour le nombre décimal, écrivez ${num.en(d.decimal)} ou saisissez-le dans une cellule numérique.`,
  'percent-over-100': (d) =>
    `${num.fr(d.value)} est interprété comme ${num.fr(d.value * 100)} %, car un pourcentage est une fraction (85 % vaut 0,85). Si vous vouliez dire ${num.fr(d.value)} %, saisissez ${q.fr(`${num.fr(d.value)} %`)} ou ${num.fr(d.value / 100)}.`,
  'unknown-stage': (d) =>
    `${q.fr(d.value)} n’est pas une étape du programme CRM : cette valeur est ignorée. Indiquez ${stages('fr')}, ou laissez la cellule vide.`,
  'blank-indicator-id': () =>
    'Cette ligne du catalogue n’a pas d’identifiant et n’est pas utilisée. Indiquez un identifiant court (par exemple SEIZURES), ou videz la ligne.',
  'duplicate-indicator-id': (d) =>
    `L’indicateur ${d.id} est déjà défini en ${refText(d.first)}. Gardez une seule ligne par identifiant : seule la première est utilisée.`,
  'invalid-direction': (d) => (d.value ? `${q.fr(d.value)} n’est pas un sens. ${DIRECTIONS.fr}` : `Un nouvel indicateur doit avoir un sens. ${DIRECTIONS.fr}`),
};

const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, fr: FR };

export function issueMessage(detail: IssueDetail, lang: Language): string {
  const format = MESSAGES[lang][detail.code] as (d: IssueDetail) => string;
  return format(detail);
}
