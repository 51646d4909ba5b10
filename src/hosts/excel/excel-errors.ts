import type { Language } from '../../core';

/**
 * What went wrong inside Excel, said so that the user can act. These are not `WorkbookUnusableError`s:
 * the workbook is fine, Excel refused a request for now (a cell being edited, a protection, an old
 * version). A user's sheet or table taking a name the add-in writes is the core's
 * `WorkbookUnusableError` (`sheet-name-taken`, `table-name-taken`), whichever host finds it.
 */
export type ExcelProblem = keyof ExcelParamsOf;

/** The parameters of each problem: what its message names. What Excel said is optional where the message does not say it. */
export interface ExcelParamsOf {
  readonly 'cell-edit-mode': Refused;
  readonly 'payload-too-large': Refused;
  readonly protected: Refused;
  readonly 'workbook-protected': NoParams;
  readonly 'name-taken': ExcelSaid & RequestContext;
  readonly 'sheet-missing': Refused;
  /** `version`: the Excel JavaScript API the add-in needs. */
  readonly 'newer-excel-needed': { readonly task: ExcelTask; readonly version: string };
  readonly 'excel-failed': ExcelSaid & RequestContext;
}

/** What the user asked for when Excel said no; it names the step in the messages. */
export type ExcelTask = 'read' | 'write' | 'go-to';

/** What Excel said when it refused a request (see `fromExcel`): the `RichApi.Error` code and the first line of its message. */
interface ExcelSaid {
  readonly code: string;
  readonly detail: string;
}

/** What the add-in asked Excel about, for a message to name: the sheet, when going to a cell. */
export interface RequestContext {
  readonly sheet?: string;
}

/** A request Excel refused, whose message does without what Excel said. */
type Refused = Partial<ExcelSaid> & RequestContext;

type NoParams = Readonly<Record<never, never>>;

/** The parameters of `P`; they may be left out when none is required. */
type ParamsArgument<P extends ExcelProblem> = NoParams extends ExcelParamsOf[P] ? [params?: ExcelParamsOf[P]] : [params: ExcelParamsOf[P]];

export class ExcelHostError<P extends ExcelProblem = ExcelProblem> extends Error {
  readonly params: ExcelParamsOf[P];

  constructor(
    readonly problem: P,
    ...[params]: ParamsArgument<P>
  ) {
    super(`${problem}${params && Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    // Left out only when every parameter of the problem is optional (ParamsArgument): none is then as good as any.
    this.params = params ?? ({} as ExcelParamsOf[P]);
    this.name = 'ExcelHostError';
  }

  /** `instanceof` as ever, narrowing to an error of any problem (not `ExcelHostError<any>`, whose parameters nothing checks). */
  static override [Symbol.hasInstance](value: unknown): value is ExcelHostError {
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/** The problems Excel's refusals are, told apart by `fromExcel` by Excel's code; the add-in finds the others before asking. */
type RefusedProblem = Exclude<ExcelProblem, 'workbook-protected' | 'newer-excel-needed'>;

/** Office.js rejects a failed `context.sync()` with a `RichApi.Error` carrying one of these codes. */
const PROBLEM_OF_CODE: Readonly<Record<string, RefusedProblem>> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  AccessDenied: 'protected',
  ItemAlreadyExists: 'name-taken',
  ItemNotFound: 'sheet-missing',
};

/** An error from Excel as an ExcelHostError; the add-in's own errors pass through unchanged. */
export function fromExcel(error: unknown, context: RequestContext = {}): unknown {
  if (!isRichApiError(error)) return error;
  const problem = PROBLEM_OF_CODE[error.code] ?? 'excel-failed';
  return new ExcelHostError(problem, { ...context, code: error.code, detail: firstLine(error.message) });
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

type Messages = { readonly [P in ExcelProblem]: (p: ExcelParamsOf[P]) => string };

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
    `${TASK.en[p.task] ?? 'This'} needs a newer Excel (Excel JavaScript API ${p.version}): Excel 2019 or later, Microsoft 365, or Excel on the web.`,
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
    `${TASK.fr[p.task] ?? 'Cette opération'} nécessite une version plus récente d’Excel (API JavaScript d’Excel ${p.version}) : Excel 2019 ou ultérieur, Microsoft 365 ou Excel pour le web.`,
  'excel-failed': (p) => `Excel n’a pas pu terminer la requête (${p.code} : ${p.detail}). Vos feuilles n’ont pas été modifiées ; réessayez.`,
};

/** The one line a user reads when Excel refused what the add-in asked. */
export function excelHostMessage<P extends ExcelProblem>(error: ExcelHostError<P>, lang: Language): string {
  const messages: Messages = lang === 'fr' ? FR : EN;
  return messages[error.problem](error.params);
}
