/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useDarkTheme } from '../../../src/taskpane/theme/useDarkTheme';

/** A browser whose colour scheme the test sets, and changes. */
function colourScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = jest.fn(() => query as unknown as MediaQueryList);
  return (next: boolean) => {
    query.matches = next;
    listeners.forEach((listener) => listener());
  };
}

describe('useDarkTheme', () => {
  it('follows Office’s background inside Office, whatever the browser prefers', () => {
    colourScheme(false);
    expect(renderHook(() => useDarkTheme('#262626')).result.current).toBe(true);
    colourScheme(true);
    expect(renderHook(() => useDarkTheme('#ffffff')).result.current).toBe(false);
  });

  it('follows the browser’s colour scheme outside Office, as it changes', () => {
    const change = colourScheme(false);
    const { result } = renderHook(() => useDarkTheme(undefined));
    expect(result.current).toBe(false);
    act(() => change(true));
    expect(result.current).toBe(true);
  });
});
