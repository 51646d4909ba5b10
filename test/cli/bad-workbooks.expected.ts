/**
 * What `check` and `analyze` must give on each file of test/fixtures/bad (built by
 * scripts/make-bad-fixtures.js, which says what each file is): the exit code, and what the key
 * lines say (each string or pattern must match one line of stdout or stderr).
 */
export interface Outcome {
  readonly code: 0 | 1 | 2;
  readonly says: readonly (string | RegExp)[];
}

export interface Expected {
  readonly check: Outcome;
  readonly analyze: Outcome;
}

const WROTE = /^Wrote .*out\.xlsx with the sheets Summary, Charts, Regions, Comparison, CRM Summary, Validation\.$/;
const NOT_XLSX = /^wco-survey: [\w-]+\.xlsx is not an Excel workbook \(\.xlsx\)\. Save it as “Excel Workbook \(\.xlsx\)” and try again\.$/;
const NO_DATA = /^wco-survey: [\w-]+\.xlsx is empty: no sheet holds any data\.$/;

const checked = (n: number, found: string) => `Checked ${n} submission${n === 1 ? '' : 's'}: ${found}.`;

/** The file cannot be used: both commands stop with the same one line. */
function unusable(says: RegExp | string): Expected {
  const outcome: Outcome = { code: 2, says: [says] };
  return { check: outcome, analyze: outcome };
}

function damaged(detail: string): Expected {
  return unusable(`cannot be read: it is damaged or incomplete (${detail}). Open it in Excel and save it again.`);
}

/** Read without a problem, and analysed. */
function clean(submissions = 3): Expected {
  return { check: { code: 0, says: [checked(submissions, 'no problems found')] }, analyze: { code: 0, says: [WROTE] } };
}

/** Read, with issues `check` names; analysed all the same, leaving out the submissions in error. */
function issues(code: 0 | 1, total: string, ...says: (string | RegExp)[]): Expected {
  return { check: { code, says: [total, ...says] }, analyze: { code: 0, says: [WROTE] } };
}

/** `check` is clean, `analyze` stops with one line. */
function refusedByAnalyze(says: string | RegExp): Expected {
  return { check: clean().check, analyze: { code: 2, says: [says] } };
}

export const EXPECTED: Readonly<Record<string, Expected>> = {
  // Not an .xlsx at all
  'empty.xlsx': unusable('wco-survey: empty.xlsx is empty (0 bytes): it holds no workbook.'),
  'random-bytes.xlsx': unusable(NOT_XLSX),
  'csv-renamed.xlsx': unusable(NOT_XLSX),
  'html-renamed.xlsx': unusable(NOT_XLSX),
  'zip-not-xlsx.xlsx': unusable(NOT_XLSX),
  'ods-renamed.xlsx': unusable(NOT_XLSX),
  'docx-renamed.xlsx': unusable(NOT_XLSX),
  'legacy-xls-renamed.xlsx': unusable('legacy-xls-renamed.xlsx is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as “Excel Workbook (.xlsx)”.'),
  'password-protected.xlsx': unusable('password-protected.xlsx is protected by a password. Open it in Excel, remove the password'),

  // Damaged packages
  'truncated.xlsx': damaged('not a readable zip archive'),
  'missing-workbook-part.xlsx': damaged('xl/workbook.xml is missing'),
  'missing-sheet-part.xlsx': damaged('the sheet “Responses” has no part xl/worksheets/sheet1.xml'),
  'missing-shared-strings.xlsx': damaged('xl/sharedStrings.xml is missing'),
  'missing-content-types.xlsx': damaged('[Content_Types].xml is missing'),
  'duplicate-sheet-names.xlsx': damaged('two sheets are named “Responses”'),
  'sheet-not-xml.xlsx': damaged('the workbook parts could not be read'),
  'xml-entity-expansion.xlsx': damaged('the workbook parts could not be read'),
  'wrong-content-types.xlsx': clean(),
  'strict-ooxml.xlsx': refusedByAnalyze(
    'wco-survey: strict-ooxml.xlsx is saved as “Strict Open XML Spreadsheet”, which the add-in can check but not write into.',
  ),
  // Checked as any workbook; written under an .xlsx name, Excel would refuse to open it.
  'xlsm-renamed.xlsx': refusedByAnalyze(
    /^wco-survey: xlsm-renamed\.xlsx is a macro-enabled workbook \(\.xlsm\), which Excel opens only under a name ending in \.xlsm: it would refuse .*out\.xlsx\. Name the output .*out\.xlsm instead; the macros are kept\.$/,
  ),

  // Nothing to read
  'no-sheets.xlsx': unusable(NO_DATA),
  'formatting-only.xlsx': unusable(NO_DATA),
  'headers-only.xlsx': unusable('wco-survey: The sheet “Responses” has no submissions: add one row per Member under its header row.'),
  'no-responses-sheet.xlsx': unusable(/^wco-survey: No responses found\. The workbook needs a sheet or table named “Responses”/),

  // Layout
  'valid-control.xlsx': clean(),
  'header-row-7-blank-above.xlsx': clean(),
  // The header is the first non-empty row (WORKBOOK.md): a title above it is taken for the header.
  'header-row-7-title-above.xlsx': unusable('The sheet “Responses” has no Member column in its first row; row 7 has one and looks like the header'),
  'header-spacing-and-case.xlsx': clean(),
  'merged-header-cells.xlsx': issues(
    0,
    checked(3, '3 warnings'),
    'Responses!E1: This column has answers but no header',
    '[missing-question]',
    'Responses!B2: The cells B2:B3 are merged: only the first holds an answer, and the others count as not answered.',
  ),
  // A column repeated: analyze reads the first, and says so as check does.
  'two-member-columns.xlsx': {
    check: issues(1, checked(3, '1 error'), 'Responses!BO1: Column “Member” repeats the column at Responses!A1.').check,
    analyze: { code: 0, says: [WROTE, 'Workbook layout — 1 error', 'Responses!BO1: Column “Member” repeats the column at Responses!A1.'] },
  },
  'no-member-column.xlsx': issues(1, checked(3, '1 error, 1 warning'), 'Responses!A1: There is no Member column.'),
  'blank-rows-and-memberless-row.xlsx': issues(1, checked(4, '1 error'), 'Responses!A6: The Member is blank.'),
  'table-totals-row.xlsx': clean(),
  'table-without-header-row.xlsx': clean(),
  'table-ref-out-of-range.xlsx': clean(),
  'hidden-rows-and-columns.xlsx': issues(
    0,
    checked(3, '1 warning'),
    'Responses!A3: Row 3 is hidden (by a filter, or by hand), and its submission is read and counted',
  ),
  'filtered-rows.xlsx': issues(
    0,
    checked(3, '1 warning'),
    'Responses!A3: Rows 3 and 4 are hidden (by a filter, or by hand), and their submissions are read and counted',
  ),
  'used-range-1048576-rows.xlsx': clean(),
  'used-range-whole-sheet.xlsx': clean(),
  'stray-cell-row-1048576.xlsx': issues(1, checked(4, '1 error, 1 warning'), 'Responses!A1048576: The Member is blank.'),
  'columns-16384.xlsx': issues(0, checked(3, '1 warning'), 'Responses!XFD1: Column “Notes” is not a question'),
  'protected-sheet-and-workbook.xlsx': clean(),
  'date-1904-system.xlsx': clean(),
  'submission-sheet-only.xlsx': clean(1),
  'submission-sheet-damaged.xlsx': issues(1, checked(1, '2 errors'), '[missing-member-row]', 'Sheet1!C5 F3: “Perhaps” is not an answer'),
  'user-summary-sheet.xlsx': refusedByAnalyze('wco-survey: The workbook already has a sheet named “Summary” that is not the add-in’s.'),
  'user-table-named-validationissues.xlsx': refusedByAnalyze('wco-survey: The workbook already has a table named “ValidationIssues” that is not the add-in’s.'),

  // Values
  'formulas-with-results.xlsx': clean(),
  // Saved by a tool that does not calculate: one warning names the cells and says to save the file in Excel.
  'formulas-without-results.xlsx': issues(
    0,
    checked(3, '1 warning'),
    'Responses!D2: The formulas in D2, E2, F2, B3 and A4 have no calculated value: the file was saved by a program that does not calculate, so they read as empty. Open the file in Excel, save it, and check again. [formulas-not-calculated]',
  ),
  'error-values.xlsx': issues(1, checked(4, '16 errors'), '[error-value]'),
  'dates-as-text.xlsx': clean(4),
  'dates-invalid.xlsx': issues(
    1,
    checked(7, '7 errors'),
    'Responses!B2: “31/02/1998” is not a date.',
    'Responses!B4: The date received, 2030-01-01, is in the future.',
  ),
  'long-text-32767.xlsx': issues(1, checked(4, '2 errors'), /Responses!A5: “Atlantis lorem ipsum.{40,100}…” is not a WCO Member name\./),
  'right-to-left-arabic.xlsx': issues(1, checked(4, '39 errors'), 'Responses!A4: “اليابان” is not a WCO Member name.', '“نعم” is not an answer'),
  'emoji-and-combining-accents.xlsx': clean(),
  'text-that-looks-like-formulas.xlsx': issues(
    1,
    checked(3, '2 errors'),
    'Responses!D2 F1: “=1+1” is not an answer',
    'Responses!G2 F4: “@SUM(A1:A2)” is not an answer',
  ),
  'boolean-answers.xlsx': issues(1, checked(3, '1 error'), 'Responses!Q2 T1: “TRUE” is not an answer'),
  'numbers-1-0-answers.xlsx': clean(),
  'answers-case-and-french.xlsx': clean(),
  'unknown-members.xlsx': issues(1, checked(3, '3 errors'), 'Did you mean Malaysia?'),
  'duplicate-members.xlsx': issues(1, checked(3, '1 error'), '[duplicate-member]'),
  'member-codes-and-numbers.xlsx': issues(1, checked(3, '1 error'), 'Responses!A4: “392” is not a WCO Member name.'),
  'settings-nonsense.xlsx': issues(0, checked(3, '5 warnings'), 'Settings!B4: “klingon” is not a value of the setting “Language”'),
  'crm-indicators-nonsense.xlsx': issues(1, checked(3, '5 errors, 1 warning'), '[unknown-indicator]', '[ambiguous-number]'),
  'rich-text-and-hyperlinks.xlsx': clean(),
  'inline-strings.xlsx': clean(),
  'huge-shared-strings.xlsx': clean(),
};
