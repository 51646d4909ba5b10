import type { Language } from './i18n/language';
import type { Member } from './members/types';

/** What a user asked for that this workbook cannot give: said in one line, nothing written. */
export type RequestProblem =
  | { readonly reason: 'unknown-member'; readonly name: string; readonly suggestion?: Member }
  | { readonly reason: 'member-without-submission'; readonly member: Member }
  | { readonly reason: 'unknown-region'; readonly name: string };

export class RequestError extends Error {
  constructor(readonly problem: RequestProblem) {
    super(problem.reason);
    this.name = 'RequestError';
  }
}

const REGIONS_LIST = 'AM, ESA, EUR, AP, MENA, WCA';

export function requestMessage({ problem }: RequestError, lang: Language): string {
  switch (problem.reason) {
    case 'unknown-member': {
      const hint = problem.suggestion ? problem.suggestion.name[lang] : undefined;
      return lang === 'fr'
        ? `« ${problem.name} » n’est pas le nom d’un Membre de l’OMD.${hint ? ` Vouliez-vous dire ${hint} ?` : ''}`
        : `“${problem.name}” is not a WCO Member name.${hint ? ` Did you mean ${hint}?` : ''}`;
    }
    case 'member-without-submission':
      return lang === 'fr'
        ? `${problem.member.name.fr} n’a pas de soumission dans ce classeur : rien à comparer.`
        : `${problem.member.name.en} has no submission in this workbook: there is nothing to compare.`;
    case 'unknown-region':
      return lang === 'fr'
        ? `« ${problem.name} » n’est pas une région de l’OMD. Régions : ${REGIONS_LIST}.`
        : `“${problem.name}” is not a WCO region. Regions: ${REGIONS_LIST}.`;
  }
}
