import { counted } from '../../core';
import { formatNumber } from './format';
import type { Strings } from './strings';

/** A count and its noun, agreeing (the engine's rule: see core/i18n/plural). */
const plural = (n: number, one: string, many: string) => counted(n, 'en', [one, many]);

export const EN: Strings = {
  title: 'WCO Integrity Survey',
  otherLanguage: { code: 'fr', name: 'Français', hint: 'Afficher en français' },
  tabs: { label: 'Tasks', check: 'Check', analyse: 'Analyse', compare: 'Compare', crm: 'CRM', template: 'Template' },
  audience: {
    check: 'For Member coordinators and the Secretariat',
    analyse: 'For the Secretariat',
    compare: 'For evaluators',
    crm: 'For evaluators',
    template: 'For Member coordinators',
  },
  busy: {
    opening: 'Opening the workbook…',
    checking: 'Checking the workbook…',
    analysing: 'Analysing the responses…',
    comparing: 'Comparing…',
    evaluating: 'Evaluating the CRM indicators…',
    writing: 'Writing to the workbook…',
    creating: 'Creating the submission sheet…',
    importing: 'Importing submissions…',
  },
  progress: {
    stages: {
      reading: 'Reading the workbook…',
      checking: 'Checking the submissions…',
      analysing: 'Computing the percentages…',
      writing: 'Writing the sheets…',
      importing: 'Importing submissions…',
    },
    checked: (done, total) => `Checked ${formatNumber(done, 'en')} of ${plural(total, 'submission', 'submissions')}`,
    cancel: 'Cancel',
  },
  file: {
    intro: 'Open a survey workbook (.xlsx, or .xlsm with macros) from this computer. It stays here: nothing is sent anywhere.',
    officeJsNotLoaded: (host) => `Excel was not found: Office’s script (office.js) could not be loaded from ${host}. You can still open a workbook file here.`,
    open: 'Open workbook',
    openAnother: 'Open another workbook',
    opened: (name) => `Workbook: ${name}`,
    download: 'Download workbook',
    nothingWritten: 'Write results or a sheet first; then download the workbook to keep them.',
    writtenNotSaved: 'Sheets written to this copy. Download the workbook to keep them.',
    leaveUnsaved: 'Sheets were written to this workbook and not downloaded since. Open another workbook without them?',
    whoDoesWhat: 'Who does what',
    roles: [
      { who: 'Member coordinators', what: 'Make a submission sheet (Template), fill it in, then check it (Check).' },
      { who: 'Secretariat', what: 'Import the returned files and check them (Check), then analyse the responses (Analyse).' },
      { who: 'Evaluators', what: 'Compare Members, regions and rounds (Compare), and follow the CRM indicators (CRM).' },
    ],
  },
  check: {
    intro: 'Checks every submission against the questionnaire and names each problem at its cell.',
    run: 'Check',
    writeValidation: 'Write Validation sheet',
    notYet: 'Press Check to look for problems.',
    summary: (errors, warnings, submissions) => {
      const found = [errors && plural(errors, 'error', 'errors'), warnings && plural(warnings, 'warning', 'warnings')].filter(Boolean);
      const checked = plural(submissions, 'submission', 'submissions');
      return found.length ? `${found.join(' and ')} in ${checked}.` : `No problems found in ${checked}.`;
    },
    layout: 'Workbook layout',
    severity: { error: (n) => plural(n, 'error', 'errors'), warning: (n) => plural(n, 'warning', 'warnings') },
    severityName: { error: 'Error', warning: 'Warning' },
    question: (id) => `Question ${id}`,
    indicator: (id) => `Indicator ${id}`,
    goToHint: 'Choose an issue to go to its cell. Errors keep a submission out of the results; warnings do not.',
    browserHint: 'Fix the issues in your spreadsheet program, then open the workbook here again. Errors keep a submission out of the results; warnings do not.',
    chosenCell: (ref) => `Cell ${ref}: fix it in the workbook, then open it here again and check.`,
    validationWritten: 'The Validation sheet lists every issue.',
    memberQuestion: 'Member question',
    memberQuestionHint: 'The form’s question whose answer names the Member. It is saved with the results.',
    memberQuestionMissing: 'The form has no question named member or country. Choose the one whose answer names the Member.',
    memberQuestionPlaceholder: 'Choose a question',
    filters: {
      severity: { label: 'Severity', any: 'Errors and warnings' },
      member: { label: 'Member', any: 'Every Member' },
      code: { label: 'Kind of issue', any: 'Every kind' },
    },
    severityOnly: { error: 'Errors only', warning: 'Warnings only' },
    showing: (shown, total) => `Showing ${formatNumber(shown, 'en')} of ${plural(total, 'issue', 'issues')}`,
    issueList: 'Issues by Member',
  },
  analyse: {
    intro: 'Computes the percentages of the report’s Charts 1–7, then writes the summary sheets and charts.',
    introForm: 'Computes the percentages of the form’s questions, then writes the summary sheets and a chart per group.',
    settings: 'Settings',
    firstResponses: 'First responses',
    firstResponsesHint: 'Count only the first N submissions received. Leave empty to count them all.',
    firstResponsesInvalid: 'Enter a whole number, 1 or more, or leave the field empty to count every submission.',
    population: 'Population',
    populationHint: (members) => `How many the survey was sent to. Leave empty for the Members of the registry (${formatNumber(members, 'en')}).`,
    populationInvalid: 'Enter a whole number, 1 or more, or leave the field empty for the Members of the registry.',
    base: 'Base of each percentage',
    bases: {
      answered: 'Respondents who answered the item',
      respondents: 'All counted respondents',
      applicable: 'Respondents the item applies to (its form condition holds)',
    },
    language: 'Language of the written sheets',
    languages: { en: 'English', fr: 'French' },
    userSettingsSheet:
      'The Settings sheet is yours, so the add-in does not change it: these values apply to this analysis only. Change them in the sheet to keep them.',
    formSettingsSheet:
      'The XLSForm’s settings sheet takes the name Settings (Excel ignores case), so these values apply to this analysis only and are not saved.',
    run: 'Analyse',
    write: 'Write results',
    writeHint: 'Writes the Summary, Charts, Regions, Comparison, CRM Summary and Validation sheets.',
    written: (sheets) => `Written: ${sheets}.`,
    printsAsExcelSetsIt: (version) =>
      `This version of Excel cannot set how the sheets print (that needs ExcelApi ${version}, as in Microsoft 365 and Excel on the web): they print with Excel’s own page setup.`,
    settingsSaved: 'These settings are saved in the Settings sheet.',
    headline: {
      heading: 'Headline figures',
      respondentsCounted: 'Respondents counted',
      membersResponding: 'Members responding',
      ofMembers: (n) => `of ${plural(n, 'Member', 'Members')}`,
      responseRate: 'Response rate',
      excludedByCutoff: 'Left out by First responses',
      excludedForErrors: 'Left out for errors',
    },
    sections: 'Percentages by section',
    chart: (n, title) => `Chart ${n}: ${title}`,
    columns: { question: 'Question', percent: 'Percent' },
    countOfBase: (count, base) => `${count} of ${base}`,
    intervals: (minimum) =>
      `In brackets: each percent’s 95 % interval, on a base of ${minimum} or more. It assumes the respondents are like a random sample of the population; those who did not respond may differ more.`,
    ready: (n) => `Analysis ready: ${plural(n, 'respondent', 'respondents')} counted.`,
  },
  compare: {
    intros: {
      member:
        'For each reported answer: the Member’s own answer (✓ where it gives that answer), the percent of all respondents and of the Member’s region giving it, and the gap between the region and all, in percentage points.',
      region:
        'For each reported answer: the percent of the region’s respondents and of the other respondents giving it, and the difference in percentage points.',
      round: 'For each reported answer: the percent in this round and in the other, and the change in percentage points.',
    },
    kind: 'What to compare',
    kinds: { member: 'A Member', region: 'A region', round: 'A second round' },
    member: 'Member',
    region: 'Region',
    round: 'Second round (a sheet of this workbook)',
    choose: 'Choose…',
    noMembers: 'No Member has a submission in this workbook yet. Run Check to read it again.',
    noRounds: 'No other sheet of this workbook holds responses. Put the other round on a sheet of its own: a Member column and one column per question.',
    preview: 'Preview',
    write: 'Write Comparison sheet',
    written: 'The Comparison sheet holds this comparison and the one with the 1998 published figures.',
    writeProfile: 'Write Member profile',
    profileHint: (sheet) =>
      `Writes the sheet ${sheet}: the Member’s answers beside the percents of its region and of all respondents, in the language it answered in.`,
    profileNeedsMember:
      'Choose a Member to write its profile: its answers beside the percents of its region and of all respondents, on a sheet of its own, in the language it answered in.',
    profileWritten: (sheet, member, language) => `Wrote the sheet ${sheet} (${member}, in ${{ en: 'English', fr: 'French' }[language]}).`,
    profilePrintsAsExcelSetsIt: (version) =>
      `This version of Excel cannot set how it prints (that needs ExcelApi ${version}): set Fit to one page in Page Layout before printing it.`,
    notCounted: {
      errors: 'This Member’s submission is not counted in the percentages: it has errors. Check lists them.',
      cutoff: (first) =>
        first === 1
          ? 'This Member’s submission is not counted in the percentages: only the first received counts (First responses).'
          : `This Member’s submission is not counted in the percentages: only the first ${first} received count (First responses).`,
      empty: 'This Member returned its submission without any answer: it is not counted as a respondent.',
      absent: 'This Member’s submission is not among the respondents counted in the percentages.',
    },
    smallBase: (minimum) => `A percentage on fewer than ${plural(minimum, 'respondent', 'respondents')} shows as — (too few respondents to read).`,
    columns: {
      region: ['Region', 'Others', 'Difference'],
      round: ['This round', 'Other round', 'Change'],
    },
    memberColumns: ['Member', 'All', 'Region', 'Gap'],
    memberRegion: (region) => `Region: ${region}. Gap: the region’s percent less all respondents’, in points.`,
    gives: 'gives this answer',
    points: (value) => `${value} pp`,
    pointsInterval: (low, high) => `(${low} to ${high})`,
    significant: 'significant',
    legend: (minimum, differences) =>
      differences
        ? `In brackets: the 95 % interval of each percent and difference, where each side has ${plural(minimum, 'respondent', 'respondents')} or more. In bold: a significant difference, its interval excluding 0. The intervals assume the respondents are like a random sample of the population.`
        : `In brackets: the 95 % interval of each percent on ${plural(minimum, 'respondent', 'respondents')} or more. The intervals assume the respondents are like a random sample of the population.`,
    ready: (subject) => `Comparison ready: ${subject}.`,
  },
  crm: {
    intro: 'Follows each Member’s CRM success indicators from baseline to follow-up, from the CRM Indicators sheet.',
    readAgain: 'Read the sheet again',
    readAt: (ms) => `(Read at ${new Date(ms).toLocaleTimeString('en-GB')}.)`,
    write: 'Write CRM Summary',
    written: 'The CRM Summary sheet holds every Member and indicator.',
    none: 'No CRM indicators in this workbook. Add a sheet “CRM Indicators” with the columns Member, Indicator, Stage, Baseline period, Baseline, Follow-up period, Follow-up.',
    status: { improved: 'Improved', declined: 'Declined', unchanged: 'Unchanged', 'not-measured': 'Not measured' },
    improvedOf: (improved, measured) => `${improved} of ${measured} improved`,
    leftOut: (rows) => `${plural(rows, 'row', 'rows')} left out for errors: see Check.`,
    ready: (members) => `${plural(members, 'Member follows', 'Members follow')} CRM indicators.`,
    stage: (stage) => `Stage: ${stage}`,
  },
  template: {
    intro:
      'Makes a submission sheet for a Member’s coordinator to fill in: one row per question, each answer chosen from a list. Only the answer cells can be changed.',
    member: 'Member',
    memberHint: 'Type to filter the list. Leave it empty to let the coordinator choose.',
    memberPlaceholder: 'Type a Member’s name…',
    noMatch: (typed) => `No Member matches “${typed}”.`,
    unmatched: 'Choose a Member from the list, or leave the field empty.',
    language: 'Language of the sheet',
    languages: { en: 'English', fr: 'French' },
    create: 'Create submission sheet',
    hint: 'It is added as a new sheet; nothing else in the workbook changes. To send it, copy it to a workbook of its own: right-click its tab › Move or Copy › (new book).',
    created: (sheet) => `Sheet “${sheet}” created.`,
    noDropdowns: (version) =>
      `This version of Excel cannot put dropdown lists in the answer cells (that needs ExcelApi ${version}): the coordinator types each answer, and Check names any that is not one of the question’s answers.`,
    createdInExcel: 'Its Member cell is selected.',
    createdInBrowser: 'Download the workbook to keep it.',
  },
  imports: {
    button: 'Import submissions',
    description:
      'For the Secretariat: gathers the submission files that Members sent back (.xlsx or .xlsm, several at once) into one Responses table, then checks it. Your sheets are never changed. Files imported later are added under the table’s rows; a file imported before is skipped.',
    reading: (file, files, name) => `Reading file ${file} of ${files}: ${name}`,
    writing: 'Writing the submissions into the workbook…',
    filesRead: 'Files read',
    ofFiles: (read, files) => `${read} of ${files}`,
    gathered: 'Submissions gathered',
    carried: 'Already in this workbook',
    done: (sheet) => `Submissions gathered into the sheet “${sheet}”. The Import Log sheet lists every file; the check below covers them all.`,
    nothing: 'No submissions in the files chosen: nothing was written.',
    added: 'Submissions added',
    importedBefore: 'Imported before',
    addedUnder: (sheet) =>
      `Submissions added under the rows of the Responses table on the sheet “${sheet}”, which are as they were. The Import Log sheet lists every file; the check below covers them all.`,
    nothingNew: 'No new submissions in the files chosen: nothing was written, and the Import Log is as it was.',
    besideYours: (yours, sheet) => `Your sheet “${yours}” is unchanged: its rows are copied into “${sheet}”, which Check and Analyse now read.`,
    notUsed: (files) => `${plural(files, 'file', 'files')} not used`,
    noSubmissions: 'No Responses sheet or table, and no sheet with “WCO integrity survey submission” in A1.',
    thisWorkbook: 'This workbook',
  },
  errors: {
    unexpected: (detail) => `Something went wrong (${detail}). Try again; if it happens again, close the add-in and open it again.`,
    nothingYet:
      'Nothing to check yet: this workbook holds no data. Make a submission sheet on the Template tab, or gather returned files with Import submissions.',
  },
};
