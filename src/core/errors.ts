/**
 * The parameters each reason a workbook (or file) cannot be used carries: what its message says
 * (see error-messages), and what the throw sites know. A parameter a message can do without is optional.
 */
export interface UnusableParamsOf {
  readonly 'file-not-found': { readonly path: string };
  readonly 'not-a-file': { readonly path: string };
  /** A folder to write into (`profiles --all --out`) that is a file. */
  readonly 'not-a-folder': { readonly path: string };
  /** `detail`: the system's error code, or its message when it has none. */
  readonly 'file-unreadable': { readonly path: string; readonly detail: string };
  readonly 'empty-file': NoParams;
  readonly 'not-xlsx': NoParams;
  readonly 'legacy-xls': NoParams;
  readonly 'password-protected': NoParams;
  /** `detail`: what is damaged, said in the message; `cause`: the reader's own words, shortened, never shown. */
  readonly 'corrupt-xlsx': { readonly detail?: string; readonly cause?: string };
  readonly 'strict-ooxml': NoParams;
  readonly 'empty-workbook': NoParams;
  /** `sheet`: the Responses sheet, when there is one; `headerRow`: the row below its first that looks like its header. */
  readonly 'no-responses': { readonly sheet?: string; readonly headerRow?: number };
  /** `errors`: how many the form has; `cell`: where the first is. */
  readonly 'form-errors': { readonly errors: number; readonly cell: string };
  readonly 'output-is-input': { readonly path: string };
  /** A workbook with macros, to be written under a name Excel refuses for it (any but .xlsm). */
  readonly 'output-needs-xlsm': { readonly path: string; readonly suggested: string };
  /** A workbook without macros, to be written under an .xlsm name, which Excel refuses for it. */
  readonly 'output-cannot-be-xlsm': { readonly path: string; readonly suggested: string };
  /** `detail`: the system's error code, or its message when it has none. */
  readonly 'file-unwritable': { readonly path: string; readonly detail: string };
  readonly 'sheet-name-taken': { readonly sheet: string };
  /** `sheet`: the sheet holding the table; none when the name is a workbook-wide defined name. */
  readonly 'table-name-taken': { readonly table: string; readonly sheet?: string };
  /** Rows to add under a table whose columns are no longer those read: it changed in between. */
  readonly 'table-changed': { readonly table: string; readonly sheet: string };
  /** Rows to add under a table, where the sheet has cells of its own (`row`, the first): they would be covered. */
  readonly 'cells-below-table': { readonly table: string; readonly sheet: string; readonly row: number };
}

/** The parameters of a reason that has none. */
type NoParams = Readonly<Record<never, never>>;

export type UnusableReason = keyof UnusableParamsOf;

/** The name of the file the error is about, which a host adds, whatever the reason, when it knows the file. */
export interface FileNamed {
  readonly file?: string;
}

/** What a WorkbookUnusableError for `R` carries; for several reasons, the parameters of any one of them. */
export type UnusableParams<R extends UnusableReason = UnusableReason> = UnusableParamsOf[R] & FileNamed;

/** The parameters may be left out when none of the reason's is required. */
type ParamsArgument<R extends UnusableReason> = NoParams extends UnusableParamsOf[R] ? [params?: UnusableParams<R>] : [params: UnusableParams<R>];

/**
 * The one error the engine throws on purpose: the workbook (or file) cannot be used at all.
 * Everything less than that is an Issue, reported and survived.
 * `reason` picks the message (see error-messages); `params` fills it in.
 */
export class WorkbookUnusableError<R extends UnusableReason = UnusableReason> extends Error {
  readonly params: UnusableParams<R>;

  constructor(
    readonly reason: R,
    ...[params]: ParamsArgument<R>
  ) {
    super(`${reason}${params && Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    // Left out only when every parameter of the reason is optional (ParamsArgument): none is then as good as any.
    this.params = params ?? ({} as UnusableParams<R>);
    this.name = 'WorkbookUnusableError';
  }

  /**
   * `instanceof` as ever, but narrowing to an error of any reason, its parameters those of some reason: a
   * generic class alone would narrow to `WorkbookUnusableError<any>`, whose parameters nothing checks.
   */
  static override [Symbol.hasInstance](value: unknown): value is WorkbookUnusableError {
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** The same error, about the file named `file`: a host that knows which file it read says so, whatever the reason. */
  withFile(file: string): WorkbookUnusableError<R> {
    return new WorkbookUnusableError(this.reason, { ...this.params, file });
  }
}
