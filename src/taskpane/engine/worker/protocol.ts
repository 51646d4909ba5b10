import type { ImportReport, NotUsed } from '../../workbook/import-submissions';
import type { SurveyEngine } from '../survey-engine';
import type { WorkProgress } from '../work-progress';
import { errorOfWire, wireError, type WireError } from './wire-errors';

/** The engine's pieces of work, asked of the worker by name. */
export type Method = Exclude<keyof SurveyEngine, 'cancel'>;

/** A method's arguments without the progress callback, which stays on the pane's side. */
export type CallArgs<M extends Method> = Parameters<SurveyEngine[M]> extends [...infer Args, infer _Last] ? Args : never;

export type CallValue<M extends Method> = Awaited<ReturnType<SurveyEngine[M]>>;

export type ToWorker =
  /** The file to work on: answered `done` with its kind (.xlsx or .xlsm) once read, or `failed` when it is no workbook the engine can read. */
  | { readonly kind: 'open'; readonly id: number; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'call'; readonly id: number; readonly method: Method; readonly args: readonly unknown[] };

export type FromWorker =
  | { readonly kind: 'progress'; readonly id: number; readonly progress: WorkProgress }
  | { readonly kind: 'done'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly error: WireError }
  /** The file after a write: the pane keeps it to download, and to start again after a cancel. */
  | { readonly kind: 'written'; readonly bytes: Uint8Array };

/** An import's files not used keep the error that says why: it crosses as the others do. */
export type WireNotUsed = Exclude<NotUsed, { kind: 'unreadable' }> | { readonly file: string; readonly kind: 'unreadable'; readonly error: WireError };

export function wireValue(method: Method, value: unknown): unknown {
  if (method !== 'importSubmissions') return value;
  const report = value as ImportReport;
  return { ...report, notUsed: report.notUsed.map((n) => (n.kind === 'unreadable' ? { ...n, error: wireError(n.error) } : n)) };
}

export function valueOfWire(method: Method, value: unknown): unknown {
  if (method !== 'importSubmissions') return value;
  const report = value as Omit<ImportReport, 'notUsed'> & { notUsed: readonly WireNotUsed[] };
  return { ...report, notUsed: report.notUsed.map((n) => (n.kind === 'unreadable' ? { ...n, error: errorOfWire(n.error) } : n)) };
}
