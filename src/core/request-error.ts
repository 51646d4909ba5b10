import { FOREIGN_MEMBER_MESSAGE } from './check/foreign-letters';
import type { Language } from './i18n/language';
import type { MemberMatch } from './members/registry';
import type { Member } from './members/types';
import type { ForeignLetter } from './text/scripts';

/** What a user asked for that this workbook cannot give: said in one line, nothing written. */
export type RequestProblem =
  /** `foreign`: the letters of the name from another alphabet (a Cyrillic А in "Аlbania"). */
  | { readonly reason: 'unknown-member'; readonly name: string; readonly suggestion?: Member; readonly foreign?: readonly ForeignLetter[] }
  | { readonly reason: 'member-without-submission'; readonly member: Member }
  /** A profile of every Member that responded, asked of a workbook (`file`) where no Member's submission is read. */
  | { readonly reason: 'no-submissions'; readonly file: string }
  | { readonly reason: 'unknown-region'; readonly name: string }
  /** `questions`: those of the form that could name the Member; `form`: whether the questionnaire is an XLSForm. */
  | { readonly reason: 'unknown-member-question'; readonly name: string; readonly questions: readonly string[]; readonly form: boolean }
  /** A population asked for (`--population`, the task pane) smaller than the respondents counted. */
  | { readonly reason: 'population-below-respondents'; readonly population: number; readonly respondents: number }
  /** A `Responses` table an import did not make: submissions are never appended to a user's own table. */
  | { readonly reason: 'responses-not-consolidated'; readonly sheet: string }
  /** A workbook to import into (`--into`) with no consolidated `Responses` table. */
  | { readonly reason: 'no-consolidated-table'; readonly file: string };

export class RequestError extends Error {
  constructor(readonly problem: RequestProblem) {
    super(problem.reason);
    this.name = 'RequestError';
  }
}

/** A Member asked for by a name the registry does not know, with what its match says of it. */
export function unknownMemberError(name: string, match: Extract<MemberMatch, { kind: 'unknown' }>): RequestError {
  const { suggestion, foreign } = match;
  return new RequestError({ reason: 'unknown-member', name, ...(suggestion ? { suggestion } : {}), ...(foreign ? { foreign } : {}) });
}

const REGIONS_LIST = 'AM, ESA, EUR, AP, MENA, WCA';

export function requestMessage({ problem }: RequestError, lang: Language): string {
  switch (problem.reason) {
    case 'unknown-member': {
      if (problem.foreign) return FOREIGN_MEMBER_MESSAGE[lang](problem.name, problem.foreign, problem.suggestion);
      const hint = problem.suggestion ? problem.suggestion.name[lang] : undefined;
      return lang === 'fr'
        ? `« ${problem.name} » n’est pas le nom d’un Membre de l’OMD.${hint ? ` Vouliez-vous dire ${hint} ?` : ''}`
        : `“${problem.name}” is not a WCO Member name.${hint ? ` Did you mean ${hint}?` : ''}`;
    }
    case 'member-without-submission':
      return lang === 'fr'
        ? `${problem.member.name.fr} n’a pas de soumission dans ce classeur : choisissez un Membre qui en a envoyé une.`
        : `${problem.member.name.en} has no submission in this workbook: choose a Member that sent one.`;
    case 'no-submissions':
      return lang === 'fr'
        ? `${problem.file} ne contient la soumission d’aucun Membre de l’OMD : aucun profil à écrire. Vérifiez le classeur pour voir pourquoi.`
        : `${problem.file} holds no submission from a WCO Member: there is no profile to write. Check the workbook to see why.`;
    case 'unknown-region':
      return lang === 'fr'
        ? `« ${problem.name} » n’est pas une région de l’OMD. Régions : ${REGIONS_LIST}.`
        : `“${problem.name}” is not a WCO region. Regions: ${REGIONS_LIST}.`;
    case 'unknown-member-question':
      return memberQuestionMessage(problem, lang);
    case 'no-consolidated-table':
      return lang === 'fr'
        ? `${problem.file} n’a pas de tableau Responses fait par consolidate ou par une importation : rien à compléter. Consolidez sans --into pour en faire un.`
        : `${problem.file} has no Responses table made by consolidate or an import: there is nothing to add to. Consolidate without --into to make one.`;
    case 'responses-not-consolidated':
      return lang === 'fr'
        ? `Le tableau Responses de la feuille ${problem.sheet} n’a pas été fait par une importation : aucune soumission n’y est ajoutée. Importez dans un nouveau classeur, ou renommez ce tableau pour importer à côté.`
        : `The Responses table on the sheet ${problem.sheet} was not made by an import: no submission is added to it. Import into a new workbook, or rename that table to import beside it.`;
    case 'population-below-respondents':
      return lang === 'fr'
        ? `La population, ${problem.population}, est inférieure aux ${problem.respondents} répondants comptés : indiquez le nombre de destinataires de l’enquête, ou rien pour les Membres du registre.`
        : `The population, ${problem.population}, is smaller than the ${problem.respondents} respondents counted: give the number the survey was sent to, or none for the Members of the registry.`;
  }
}

function memberQuestionMessage(problem: Extract<RequestProblem, { reason: 'unknown-member-question' }>, lang: Language): string {
  if (!problem.form) {
    return lang === 'fr'
      ? 'Le questionnaire de 1998 n’a pas de question Membre : le Membre est dans la colonne Member. Une question Membre se choisit dans un XLSForm.'
      : 'The 1998 questionnaire has no Member question: the Member is in the Member column. A Member question is chosen in an XLSForm.';
  }
  const list = problem.questions.join(', ');
  if (lang === 'fr') {
    return `« ${problem.name} » n’est pas une question select_one ou text du formulaire.${list ? ` Questions possibles : ${list}.` : ' Le formulaire n’en a aucune.'}`;
  }
  return `“${problem.name}” is not a select_one or text question of the form.${list ? ` Questions that can name the Member: ${list}.` : ' The form has none.'}`;
}
