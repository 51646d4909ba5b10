import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject, type UIEvent } from 'react';

/** Rows drawn beyond each edge of the view, so that Tab and the arrow keys always find the next one drawn. */
const OVERSCAN = 5;
/** The view's height when layout reports none (before the first layout, or in jsdom): about a task pane's 70vh. */
export const DEFAULT_VIEW_HEIGHT = 600;

/** The rows to draw, `first` up to but not including `last`, and the heights of those above and below them. */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
  readonly above: number;
  readonly below: number;
}

/** The rows in view of a scroll position, with a few more on each side. */
export function rowWindow(heights: readonly number[], scrollTop: number, viewHeight: number, overscan = OVERSCAN): RowWindow {
  const starts = [0];
  heights.forEach((height, i) => starts.push(starts[i] + height));
  const total = starts[heights.length];
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, total - viewHeight));
  let first = 0;
  while (first < heights.length - 1 && starts[first + 1] <= top) first++;
  let last = first;
  while (last < heights.length && starts[last] < top + viewHeight) last++;
  const [from, to] = [Math.max(0, first - overscan), Math.min(heights.length, last + overscan)];
  return { first: from, last: to, above: starts[from], below: total - starts[to] };
}

export interface WindowedRows<Row> {
  readonly drawn: readonly Row[];
  readonly above: number;
  readonly below: number;
  /** The scrolling element: its drawn rows carry their key in `data-row`, to be measured. */
  readonly viewRef: RefObject<HTMLDivElement>;
  readonly onScroll: (event: UIEvent<HTMLElement>) => void;
  readonly toTop: () => void;
}

/**
 * Only the rows in view of a scrolling element, and spacers' heights for the rest. Rows not yet drawn
 * count at their estimated height; each is measured once drawn, and the view again when it is resized.
 */
export function useRowWindow<Row extends { readonly key: string }>(rows: readonly Row[], estimate: (row: Row) => number): WindowedRows<Row> {
  const viewRef = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const viewHeight = useRef(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [, remeasure] = useReducer((n: number) => n + 1, 0);

  useLayoutEffect(() => {
    if (measure(viewRef.current, heights.current, viewHeight)) remeasure();
  });
  useEffect(() => watchSize(viewRef.current, remeasure), []);

  const toTop = useCallback(() => {
    if (viewRef.current) viewRef.current.scrollTop = 0;
    setScrollTop(0);
  }, []);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);

  const sizes = rows.map((row) => heights.current.get(row.key) ?? estimate(row));
  const { first, last, above, below } = rowWindow(sizes, scrollTop, viewHeight.current || DEFAULT_VIEW_HEIGHT);
  return { drawn: rows.slice(first, last), above, below, viewRef, onScroll, toTop };
}

/** Takes the view's height and the drawn rows' heights; true when one has changed. Layout reporting 0 changes none. */
function measure(view: HTMLElement | null, heights: Map<string, number>, viewHeight: { current: number }): boolean {
  if (!view) return false;
  let changed = view.clientHeight !== viewHeight.current;
  viewHeight.current = view.clientHeight;
  view.querySelectorAll<HTMLElement>('[data-row]').forEach((row) => {
    const key = row.dataset.row!;
    const height = row.getBoundingClientRect().height;
    // Within a pixel is the same height: re-measuring stops there.
    if (height > 0 && Math.abs(height - (heights.get(key) ?? 0)) >= 1) {
      heights.set(key, height);
      changed = true;
    }
  });
  return changed;
}

/** A narrower pane wraps the rows' text: measure again whenever the view's size changes. */
function watchSize(view: HTMLElement | null, onResize: () => void): (() => void) | undefined {
  if (!view) return undefined;
  const observer = new ResizeObserver(() => onResize());
  observer.observe(view);
  return () => observer.disconnect();
}
