import type { StrictContext } from './context';
import type { WorkbookModel } from './model';
import { asExcel, StrictObject, type Source } from './strict-object';
import { StrictTableCollection } from './table';
import { StrictWorksheetCollection } from './worksheet';

export class StrictWorkbook extends StrictObject<WorkbookModel> implements Pick<Excel.Workbook, 'worksheets' | 'tables' | 'protection' | 'functions'> {
  constructor(context: StrictContext) {
    super(context, 'Workbook', { find: () => context.model, queued: false });
  }

  get worksheets(): Excel.WorksheetCollection {
    return asExcel(new StrictWorksheetCollection(this.context));
  }

  get tables(): Excel.TableCollection {
    return asExcel(new StrictTableCollection(this.context, () => this.context.model.tables()));
  }

  get protection(): Excel.WorkbookProtection {
    return asExcel(new StrictWorkbookProtection(this.context));
  }

  get functions(): Excel.Functions {
    return asExcel(new StrictFunctions(this.context));
  }

  propertyOf(_: WorkbookModel, property: string): unknown {
    return this.unsupported(property);
  }
}

export class StrictApplication
  extends StrictObject<WorkbookModel>
  implements Pick<Excel.Application, 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync'>
{
  constructor(context: StrictContext) {
    super(context, 'Application', { find: () => context.model, queued: false });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.command('suspendApiCalculationUntilNextSync', () => (this.context.running().calculationSuspended = true));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.command('suspendScreenUpdatingUntilNextSync', () => (this.context.running().screenUpdatingSuspended = true));
  }

  propertyOf(_: WorkbookModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictWorkbookProtection extends StrictObject<WorkbookModel> implements Pick<Excel.WorkbookProtection, 'protected' | 'load'> {
  constructor(context: StrictContext) {
    super(context, 'WorkbookProtection', { find: () => context.model, queued: false });
  }

  get protected(): boolean {
    return this.property('protected');
  }

  load(names?: unknown): Excel.WorkbookProtection {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(model: WorkbookModel, property: string): unknown {
    return property === 'protected' ? model.structureProtected : this.unsupported(property);
  }
}

class StrictFunctions extends StrictObject<WorkbookModel> implements Pick<Excel.Functions, 'date'> {
  constructor(context: StrictContext) {
    super(context, 'Functions', { find: () => context.model, queued: false });
  }

  /** DATE(year, month, day) as this workbook's date system counts it. */
  date(year: number, month: number, day: number): Excel.FunctionResult<number> {
    return asExcel(new StrictFunctionResult(this.context, { find: () => this.context.model.dateSerial(year, month, day), queued: true }));
  }

  propertyOf(_: WorkbookModel, property: string): unknown {
    return this.unsupported(property);
  }
}

class StrictFunctionResult extends StrictObject<number> implements Pick<Excel.FunctionResult<number>, 'value' | 'load'> {
  constructor(context: StrictContext, source: Source<number>) {
    super(context, 'FunctionResult', source);
  }

  get value(): number {
    return this.property('value');
  }

  load(names?: unknown): Excel.FunctionResult<number> {
    this.queueLoad(names);
    return asExcel(this);
  }

  propertyOf(result: number, property: string): unknown {
    return property === 'value' ? result : this.unsupported(property);
  }
}
