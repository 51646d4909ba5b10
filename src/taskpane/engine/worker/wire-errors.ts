import { RequestError, WorkbookUnusableError, type RequestProblem, type UnusableParams, type UnusableReason } from '../../../core';

/**
 * An error as it crosses from the worker: a structured clone keeps an error's message but not its
 * class, and the pane's messages are chosen by class.
 */
export type WireError =
  | { readonly kind: 'unusable'; readonly reason: UnusableReason; readonly params: UnusableParams }
  | { readonly kind: 'request'; readonly problem: RequestProblem }
  | { readonly kind: 'other'; readonly message: string };

export function wireError(error: unknown): WireError {
  if (error instanceof WorkbookUnusableError) return { kind: 'unusable', reason: error.reason, params: error.params };
  if (error instanceof RequestError) return { kind: 'request', problem: error.problem };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

export function errorOfWire(wire: WireError): Error {
  switch (wire.kind) {
    case 'unusable':
      return new WorkbookUnusableError(wire.reason, wire.params);
    case 'request':
      return new RequestError(wire.problem);
    case 'other':
      return new Error(wire.message);
  }
}
