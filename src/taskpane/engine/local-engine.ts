import { checkWorkbook, type ReportSheet } from '../../core';
import type { WorkbookHost } from '../../hosts/host';
import { STRINGS } from '../i18n/strings';
import { errorMessage } from '../tasks/error-message';
import { analyse, profileOf, type AnalysisChoices } from '../workbook/analysis-request';
import { importSubmissions } from '../workbook/import-submissions';
import { savesSettings, settingsOwner, withSettingsSaved } from '../workbook/owned-sheets';
import type { ReadWorkbook } from '../workbook/read-workbook';
import { templateSheet } from '../workbook/template-sheet';
import { analysisView, checkedWorkbook } from './checked-workbook';
import type { AnalysisAsk, CheckAsk, OnProgress, SheetsToWrite, SurveyEngine } from './survey-engine';
import type { WorkProgress } from './work-progress';

/**
 * The engine over a workbook host, in the thread it is called from. Each stage is announced; a pane
 * running it on its own page (in Excel) passes `nextPaint`, so that the stage is drawn before the work
 * holds the page. In a worker the announcement is posted at once and nothing waits.
 */
export function localEngine(host: WorkbookHost, nextPaint: () => Promise<void> = async () => undefined): SurveyEngine {
  async function announce(onProgress: OnProgress | undefined, progress: WorkProgress): Promise<void> {
    if (!onProgress) return;
    onProgress(progress);
    await nextPaint();
  }

  async function read(ask: CheckAsk, today: number, onProgress: OnProgress | undefined): Promise<ReadWorkbook> {
    await announce(onProgress, { stage: 'reading' });
    const snapshot = await host.read();
    await announce(onProgress, { stage: 'checking' });
    const onChecked = (done: number, total: number) => onProgress?.({ stage: 'checking', done, total });
    return { snapshot, check: checkWorkbook(snapshot, today, { ...memberQuestionOf(ask), onChecked }) };
  }

  /** Checked once: the analysis is made on the check read, of every output sheet or of `sheet` alone. */
  async function analysed(ask: AnalysisAsk, onProgress: OnProgress | undefined, sheet?: ReportSheet) {
    const workbook = await read(ask, ask.today, onProgress);
    const choices = choicesOf(ask, workbook);
    await announce(onProgress, { stage: 'analysing' });
    return { workbook, choices, outcome: analyse(workbook, choices, sheet) };
  }

  return {
    check: async (ask, today, onProgress) => checkedWorkbook(await read(ask, today, onProgress)),

    async analyse(ask, onProgress) {
      const { workbook, outcome } = await analysed(ask, onProgress);
      return { checked: checkedWorkbook(workbook), view: analysisView(outcome) };
    },

    async writeAnalysis(ask: AnalysisAsk, sheets: SheetsToWrite, onProgress?: OnProgress) {
      const { workbook, choices, outcome } = await analysed(ask, onProgress, sheets.kind === 'one' ? sheets.sheet : undefined);
      const { plan } = outcome;
      const settingsSaved = sheets.kind === 'results' && savesSettings(settingsOwner(workbook.snapshot), choices.settings);
      await announce(onProgress, { stage: 'writing' });
      await host.write(settingsSaved ? withSettingsSaved(plan, choices.settings) : plan);
      return { checked: checkedWorkbook(workbook), view: analysisView(outcome), sheets: plan.sheets.map((s) => s.name), settingsSaved };
    },

    async writeProfile(ask, member, onProgress) {
      const workbook = await read(ask, ask.today, onProgress);
      await announce(onProgress, { stage: 'analysing' });
      const { profile, language, plan } = profileOf(workbook, choicesOf(ask, workbook), member);
      await announce(onProgress, { stage: 'writing' });
      await host.write(plan);
      return { checked: checkedWorkbook(workbook), profile: { member: profile.member }, language };
    },

    async createTemplate(ask, onProgress) {
      await announce(onProgress, { stage: 'reading' });
      const sheet = templateSheet(await host.read(), ask.member, ask.language, memberQuestionOf(ask));
      await announce(onProgress, { stage: 'writing' });
      await host.write(sheet.plan);
      return sheet;
    },

    importSubmissions: (ask, onProgress) =>
      importSubmissions({
        workbook: host,
        write: (plan) => host.write(plan),
        files: ask.files,
        language: ask.language,
        workbookName: ask.workbookName,
        describe: (failure) => errorMessage(failure, ask.language, STRINGS[ask.language]),
        onProgress: (progress) => onProgress?.({ stage: 'importing', ...progress }),
        ...memberQuestionOf(ask),
      }),
  };
}

function memberQuestionOf({ memberQuestion }: CheckAsk): CheckAsk {
  return memberQuestion ? { memberQuestion } : {};
}

/** The pane's settings when the user edited them, else the Settings sheet's. */
function choicesOf(ask: AnalysisAsk, workbook: ReadWorkbook): AnalysisChoices {
  return {
    settings: ask.settings ?? workbook.check.settings,
    paneLanguage: ask.paneLanguage,
    today: ask.today,
    ...(ask.comparison ? { comparison: ask.comparison } : {}),
  };
}
