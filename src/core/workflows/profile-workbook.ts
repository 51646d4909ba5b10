import { evaluateIndicators } from '../crm/evaluate';
import type { Language } from '../i18n/language';
import { memberProfile, type MemberProfile } from '../profile/member-profile';
import type { WorkbookPlan } from '../report/plan';
import { assertPlanContract } from '../report/plan-contract';
import { printedSheet } from '../report/print/page-setup';
import { PRINT_WORDS } from '../report/print/words';
import { profileSheet } from '../report/profile-sheet';
import { PROFILE_WORDS } from '../report/profile-words';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { analysedWorkbook, type AnalyseRequest } from './analyse-workbook';
import { everySubject, subjectNamed } from './subjects';

export interface ProfileRequest extends Omit<AnalyseRequest, 'member' | 'region' | 'otherRound' | 'sheet'> {
  /** The Members to profile, as a person names them; absent, every Member that returned a submission. */
  readonly members?: readonly string[];
  /** Every profile in this language, over the language each Member answered in. */
  readonly language?: Language;
}

/** A Member's profile, the language it is written in, and its sheet, set up to print. */
export interface WrittenProfile {
  readonly profile: MemberProfile;
  readonly language: Language;
  readonly plan: WorkbookPlan;
}

/**
 * Each Member's profile from the workbook counted as `analyze` counts it, in the language the Member
 * answered in unless the request names one (then the Settings sheet's, then the default). A Member named
 * that is no Member, or that sent no submission, is refused.
 */
export function profileWorkbook(workbook: WorkbookSnapshot, request: ProfileRequest): WrittenProfile[] {
  const { checked, analysis, settings } = analysedWorkbook(workbook, request);
  const { submissions } = checked.survey;
  const counted = analysis.selection.counted;
  const subjects = request.members ? request.members.map((name) => subjectNamed(name, submissions, counted)) : everySubject(submissions, counted);
  const measurements = checked.crm.indicatorsSheet ? evaluateIndicators(checked.crm).measurements : undefined;
  return subjects.map((subject) => {
    const indicators = measurements?.filter((m) => m.member.code === subject.member.code);
    const profile = memberProfile(analysis, subject, indicators);
    const language = request.language ?? profile.answeredIn ?? settings.language ?? request.defaultLanguage;
    const { questionnaire } = analysis;
    const context = {
      lang: language,
      ...(questionnaire.form ? { title: questionnaire.title[language] } : {}),
      // The round in the footer, beside the date: a profile travels alone. An XLSForm's title, in the header, names its own.
      dated: [...(questionnaire.form ? [] : [PROFILE_WORDS[language].round1998]), PRINT_WORDS[language].analysedOn(request.today)].join(' · '),
    };
    const plan = { sheets: [printedSheet(profileSheet(profile, language), context)] };
    assertPlanContract(plan);
    return { profile, language, plan };
  });
}
