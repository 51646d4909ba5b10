import type { StrictExcel } from './strict-excel';

/** The labels of every request that changed the workbook, loads and gets left out. */
export const writes = (excel: StrictExcel) => excel.meter.requests.flatMap((r) => r.labels).filter((label) => !/\.(load|get)$/.test(label));

/** The error a write failed with; a write that succeeds fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the write to fail');
    },
    (error: unknown) => error,
  );
}
