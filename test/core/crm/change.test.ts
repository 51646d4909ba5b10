import { changeOf, DEFAULT_TOLERANCE } from '../../../src/core/crm/change';

describe('an indicator from baseline to follow-up', () => {
  it('improves when it rises and higher is better, and declines when it falls', () => {
    expect(changeOf(100, 120, 'higher')).toEqual({ change: 20, relativeChange: 0.2, status: 'improved' });
    expect(changeOf(100, 80, 'higher')).toEqual({ change: -20, relativeChange: -0.2, status: 'declined' });
  });

  it('improves when it falls and lower is better, and declines when it rises', () => {
    expect(changeOf(48, 36, 'lower')).toEqual({ change: -12, relativeChange: -0.25, status: 'improved' });
    expect(changeOf(36, 48, 'lower')).toEqual({ change: 12, relativeChange: 1 / 3, status: 'declined' });
  });

  it('is unchanged within ±1 % of the baseline by default, the edge included', () => {
    expect(DEFAULT_TOLERANCE).toBe(0.01);
    expect(changeOf(100, 101, 'higher').status).toBe('unchanged');
    expect(changeOf(100, 99, 'higher').status).toBe('unchanged');
    expect(changeOf(100, 101, 'lower').status).toBe('unchanged');
    expect(changeOf(100, 100, 'lower')).toEqual({ change: 0, relativeChange: 0, status: 'unchanged' });
  });

  it('moves just beyond the edge', () => {
    expect(changeOf(100, 101.01, 'higher').status).toBe('improved');
    expect(changeOf(100, 98.99, 'higher').status).toBe('declined');
    expect(changeOf(100, 101.01, 'lower').status).toBe('declined');
    expect(changeOf(100, 98.99, 'lower').status).toBe('improved');
  });

  it('keeps the edge where binary arithmetic would blur it: 0.1 → 0.101 is 1 %', () => {
    expect(changeOf(0.1, 0.101, 'higher').status).toBe('unchanged');
    expect(changeOf(0.85, 0.8585, 'higher').status).toBe('unchanged');
  });

  it('takes another tolerance', () => {
    expect(changeOf(100, 100.5, 'higher', 0).status).toBe('improved');
    expect(changeOf(100, 104, 'higher', 0.05).status).toBe('unchanged');
    expect(changeOf(100, 106, 'higher', 0.05).status).toBe('improved');
  });

  it('from a baseline of 0, has no relative change and is unchanged only if nothing changed', () => {
    expect(changeOf(0, 0, 'higher')).toEqual({ change: 0, status: 'unchanged' });
    expect(changeOf(0, 5, 'higher')).toEqual({ change: 5, status: 'improved' });
    expect(changeOf(0, 0.001, 'lower')).toEqual({ change: 0.001, status: 'declined' });
  });

  it('measures relative change against the size of a negative baseline', () => {
    expect(changeOf(-10, -5, 'higher')).toEqual({ change: 5, relativeChange: 0.5, status: 'improved' });
  });

  it('counts a follow-up of 0 as measured', () => {
    expect(changeOf(10, 0, 'lower')).toEqual({ change: -10, relativeChange: -1, status: 'improved' });
  });

  it('is not measured unless both baseline and follow-up are', () => {
    expect(changeOf(undefined, 5, 'higher')).toEqual({ status: 'not-measured' });
    expect(changeOf(5, undefined, 'higher')).toEqual({ status: 'not-measured' });
    expect(changeOf(undefined, undefined, 'lower')).toEqual({ status: 'not-measured' });
  });
});
