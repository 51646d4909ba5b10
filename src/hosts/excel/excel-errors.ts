import type { Language } from '../../core/i18n/language';

/**
 * What went wrong inside Excel, said so that the user can act. These are not `WorkbookUnusableError`s:
 * the workbook is fine, Excel refused a request for now (a cell being edited, a protection, an old
 * version). A user's sheet or table taking a name the add-in writes is the core's
 * `WorkbookUnusableError` (`sheet-name-taken`, `table-name-taken`), whichever host finds it.
 */
export type ExcelProblem =
  'cell-edit-mode' | 'payload-too-large' | 'protected' | 'workbook-protected' | 'name-taken' | 'sheet-missing' | 'newer-excel-needed' | 'excel-failed';

/** What the user asked for when Excel said no; it names the step in the messages. */
export type ExcelTask = 'read' | 'write' | 'go-to';

type Params = Readonly<Record<string, string>>;

export class ExcelHostError extends Error {
  constructor(
    readonly problem: ExcelProblem,
    readonly params: Params = {},
  ) {
    super(`${problem}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'ExcelHostError';
  }
}

/** Office.js rejects a failed `context.sync()` with a `RichApi.Error` carrying one of these codes. */
const PROBLEM_OF_CODE: Readonly<Record<string, ExcelProblem>> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  AccessDenied: 'protected',
  ItemAlreadyExists: 'name-taken',
  ItemNotFound: 'sheet-missing',
};

/** An error from Excel as an ExcelHostError; the add-in's own errors pass through unchanged. */
export function fromExcel(error: unknown, params: Params = {}): unknown {
  if (!isRichApiError(error)) return error;
  const problem = PROBLEM_OF_CODE[error.code] ?? 'excel-failed';
  return new ExcelHostError(problem, { ...params, code: error.code, detail: firstLine(error.message) });
}

function isRichApiError(error: unknown): error is { code: string; message: string } {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'RichApi.Error' && typeof code === 'string';
}

function firstLine(message: unknown): string {
  return String(message ?? '')
    .split('\n')[0]
    .trim();
}

type Messages = Readonly<Record<ExcelProblem, (p: Params) => string>>;

const TASK: Readonly<Record<Language, Readonly<Record<ExcelTask, string>>>> = {
  en: { read: 'Reading the workbook', write: 'Writing the summary sheets and charts', 'go-to': 'Going to a cell' },
  fr: { read: 'La lecture du classeur', write: 'L’écriture des feuilles de synthèse et des graphiques', 'go-to': 'L’accès à une cellule' },
};

const EN: Messages = {
  'cell-edit-mode': () => 'Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.',
  'payload-too-large': () => 'Excel refused a request as too large. Try again in Excel for Windows or Mac, or split the responses over smaller workbooks.',
  protected: () =>
    'A protected sheet or workbook stopped the add-in. Remove the protection (Review › Unprotect), then run again; your sheets were not changed.',
  'workbook-protected': () =>
    'The workbook’s structure is protected, so the add-in cannot add its sheets. Remove the protection (Review › Protect Workbook), then run again.',
  'name-taken': (p) => `Excel refused a name that is already in use (${p.detail}). Rename what uses it, then run again.`,
  'sheet-missing': (p) =>
    p.sheet ? `The sheet “${p.sheet}” no longer exists. Run the check again.` : 'Something the add-in needed is no longer in the workbook. Run it again.',
  'newer-excel-needed': (p) =>
    `${TASK.en[p.task as ExcelTask] ?? 'This'} needs a newer Excel (Excel JavaScript API ${p.version}): Excel 2019 or later, Microsoft 365, or Excel on the web.`,
  'excel-failed': (p) => `Excel could not complete the request (${p.code}: ${p.detail}). Your sheets were not changed; try again.`,
};

const FR: Messages = {
  'cell-edit-mode': () => 'Excel est en train de modifier une cellule. Appuyez sur Entrée ou Échap pour terminer la saisie, puis réessayez.',
  'payload-too-large': () =>
    'Excel a refusé une requête trop volumineuse. Réessayez dans Excel pour Windows ou Mac, ou répartissez les réponses sur des classeurs plus petits.',
  protected: () =>
    'Une feuille ou un classeur protégé a arrêté le complément. Retirez la protection (Révision › Ôter la protection), puis relancez ; vos feuilles n’ont pas été modifiées.',
  'workbook-protected': () =>
    'La structure du classeur est protégée : le complément ne peut pas ajouter ses feuilles. Retirez la protection (Révision › Protéger le classeur), puis relancez.',
  'name-taken': (p) => `Excel a refusé un nom déjà utilisé (${p.detail}). Renommez ce qui l’utilise, puis relancez.`,
  'sheet-missing': (p) =>
    p.sheet
      ? `La feuille « ${p.sheet} » n’existe plus. Relancez la vérification.`
      : 'Un élément nécessaire au complément n’est plus dans le classeur. Relancez-le.',
  'newer-excel-needed': (p) =>
    `${TASK.fr[p.task as ExcelTask] ?? 'Cette opération'} nécessite une version plus récente d’Excel (API JavaScript d’Excel ${p.version}) : Excel 2019 ou ultérieur, Microsoft 365 ou Excel pour le web.`,
  'excel-failed': (p) => `Excel n’a pas pu terminer la requête (${p.code} : ${p.detail}). Vos feuilles n’ont pas été modifiées ; réessayez.`,
};

/** The one line a user reads when Excel refused what the add-in asked. */
export function excelHostMessage(error: ExcelHostError, lang: Language): string {
  return (lang === 'fr' ? FR : EN)[error.problem](error.params);
}
