import type { Issue } from '../check/issue';
import type { Questionnaire } from '../questionnaire/types';
import type { SurveyResponses } from '../read/model';
import { againstPublished, type PublishedDifference } from './compare';
import type { AnalysisOptions } from './options';
import { tally, type AnswerResult } from './percentages';
import { byRegion, type RegionResult } from './regions';
import { selectRespondents, type RespondentSelection } from './respondents';

export interface Headline {
  readonly respondentsCounted: number;
  readonly excludedByCutoff: number;
  readonly excludedForErrors: number;
  /** Submissions returned without any answer: neither counted nor left out for errors. */
  readonly returnedEmpty: number;
  readonly membersInRegistry: number;
  readonly membersResponding: number;
  /** Members responding / Members in the registry, 0..1. */
  readonly responseRate: number;
}

export interface SurveyAnalysis {
  readonly questionnaire: Questionnaire;
  readonly options: AnalysisOptions;
  readonly selection: RespondentSelection;
  readonly headline: Headline;
  readonly results: readonly AnswerResult[];
  readonly regions: readonly RegionResult[];
  readonly published: readonly PublishedDifference[];
}

/** The category percentages of the report's charts, by region and against the published figures. */
export function analyseSurvey(
  survey: SurveyResponses,
  issues: readonly Issue[],
  questionnaire: Questionnaire,
  membersInRegistry: number,
  options: AnalysisOptions,
): SurveyAnalysis {
  const selection = selectRespondents(survey, issues, options.firstResponses);
  const results = tally(questionnaire, selection.counted, options.base, options.population);
  return {
    questionnaire,
    options,
    selection,
    headline: {
      respondentsCounted: selection.counted.length,
      excludedByCutoff: selection.excludedByCutoff.length,
      excludedForErrors: selection.excludedForErrors.length,
      returnedEmpty: selection.returnedEmpty.length,
      membersInRegistry,
      membersResponding: selection.membersResponding,
      responseRate: membersInRegistry > 0 ? selection.membersResponding / membersInRegistry : 0,
    },
    results,
    regions: byRegion(questionnaire, selection.counted, options),
    published: againstPublished(results, options.minimumBase),
  };
}
