import { richApiError } from './errors';
import type { WorkbookModel } from './model';
import { asExcel } from './strict-object';
import { StrictApplication, StrictWorkbook } from './workbook';

/** Excel on the web refuses a request, or a response, over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What a command weighs besides its data: its JSON envelope in a real request. */
const COMMAND_BYTES = 64;

/** One `context.sync()`: the commands it sent and the bytes both ways. */
export interface Request {
  readonly labels: string[];
  readonly requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

interface Failure {
  readonly label: string | RegExp;
  readonly code: string;
  /** Matching commands still let through before the one that fails. */
  pass: number;
}

/** Counts every sync of every `Excel.run`, and fails a command on demand. */
export class Meter {
  readonly requests: Request[] = [];
  private readonly failures: Failure[] = [];

  get syncs(): number {
    return this.requests.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  /**
   * A command whose label matches (e.g. "TableCollection.add") fails once with `code`: the next one,
   * or the one after `pass` matching commands have run.
   */
  failNext(label: string | RegExp, { code = 'GeneralException', pass = 0 } = {}): void {
    this.failures.push({ label, code, pass });
  }

  reset(): void {
    this.requests.length = 0;
    this.failures.length = 0;
  }

  failureFor(label: string): Error | undefined {
    const index = this.failures.findIndex((f) => (typeof f.label === 'string' ? f.label === label : f.label.test(label)));
    if (index < 0) return undefined;
    if (this.failures[index].pass-- > 0) return undefined;
    const [failure] = this.failures.splice(index, 1);
    return richApiError(failure.code, `${label} failed (${failure.code})`);
  }
}

interface Command {
  readonly label: string;
  readonly bytes: number;
  readonly run: () => number | void;
}

/**
 * An `Excel.RequestContext` over a WorkbookModel. Commands wait in a queue; `sync()` runs them in
 * order, and a command that fails stops the request there, leaving the earlier ones done, as Excel does.
 */
export class StrictContext implements Pick<Excel.RequestContext, 'workbook' | 'application' | 'sync'> {
  private queue: Command[] = [];
  private current?: Request | undefined;
  private readonly strictWorkbook = new StrictWorkbook(this);
  private readonly strictApplication = new StrictApplication(this);

  constructor(
    readonly model: WorkbookModel,
    readonly meter: Meter,
    /** Whether the Excel stood in for has an ExcelApi requirement set ("1.9"): a command of a newer set fails. */
    readonly supports: (version: string) => boolean = () => true,
  ) {}

  get workbook(): Excel.Workbook {
    return asExcel(this.strictWorkbook);
  }

  get application(): Excel.Application {
    return asExcel(this.strictApplication);
  }

  enqueue(label: string, run: () => number | void, data?: unknown): void {
    const bytes = COMMAND_BYTES + (data === undefined ? 0 : new TextEncoder().encode(JSON.stringify(data)).length);
    this.queue.push({ label, bytes, run });
  }

  /** The request running now, for commands that change how it runs. */
  running(): Request {
    if (this.current === undefined) throw new Error('no request is running');
    return this.current;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    this.queue = [];
    const request: Request = {
      labels: commands.map((c) => c.label),
      requestBytes: commands.reduce((sum, c) => sum + c.bytes, 0),
      responseBytes: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    this.meter.requests.push(request);
    if (request.requestBytes > PAYLOAD_LIMIT) throw richApiError('RequestPayloadSizeLimitExceeded');
    if (this.model.cellEditMode) throw richApiError('InvalidOperationInCellEditMode');
    this.current = request;
    try {
      for (const command of commands) {
        const failure = this.meter.failureFor(command.label);
        if (failure) throw failure;
        request.responseBytes += command.run() ?? 0;
      }
    } finally {
      this.current = undefined;
    }
    if (request.responseBytes > PAYLOAD_LIMIT) throw richApiError('ResponsePayloadSizeLimitExceeded');
    return passThroughValue as T;
  }
}
