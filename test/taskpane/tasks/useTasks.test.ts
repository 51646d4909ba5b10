/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useTasks } from '../../../src/taskpane/tasks/useTasks';

describe('useTasks', () => {
  it('runs one piece of work at a time, and says what it is doing', async () => {
    const { result } = renderHook(() => useTasks());
    let finish!: (value: string) => void;
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.run('checking', () => new Promise<string>((resolve) => (finish = resolve)));
      second = result.current.run('writing', async () => 'never');
    });
    expect(result.current.busy).toBe('checking');
    expect(await second).toEqual({ status: 'refused' });
    await act(async () => finish('done'));
    expect(await first).toEqual({ status: 'done', value: 'done' });
    expect(result.current.busy).toBeUndefined();
  });

  it('returns a failure instead of throwing it, and is free again after', async () => {
    const { result } = renderHook(() => useTasks());
    const error = new Error('no');
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run('analysing', async () => Promise.reject(error));
    });
    expect(outcome).toEqual({ status: 'failed', error });
    expect(result.current.busy).toBeUndefined();
  });
});
