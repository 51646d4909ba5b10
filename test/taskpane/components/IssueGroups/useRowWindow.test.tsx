/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { DEFAULT_VIEW_HEIGHT, rowWindow, useRowWindow } from '../../../../src/taskpane/components/IssueGroups/useRowWindow';
import { renderAlone } from '../../support/render';

const tens = (n: number) => Array<number>(n).fill(10);

describe('the rows in view of a scroll position', () => {
  it('are drawn with five more on each side, spacers standing for the others', () => {
    expect(rowWindow(tens(100), 200, 100)).toEqual({ first: 15, last: 35, above: 150, below: 650 });
  });

  it('are every row of a list shorter than the view', () => {
    expect(rowWindow(tens(3), 0, 600)).toEqual({ first: 0, last: 3, above: 0, below: 0 });
    expect(rowWindow([], 0, 600)).toEqual({ first: 0, last: 0, above: 0, below: 0 });
  });

  it('are the last rows when the list has shrunk under a scroll position past its end', () => {
    expect(rowWindow(tens(100), 5000, 100)).toEqual({ first: 85, last: 100, above: 850, below: 0 });
  });
});

function Rows({ count }: { count: number }) {
  const rows = Array.from({ length: count }, (_, i) => ({ key: String(i) }));
  const { drawn, above, below, viewRef, onScroll } = useRowWindow(rows, () => 10);
  return (
    <div ref={viewRef} onScroll={onScroll}>
      <div style={{ height: above }} />
      {drawn.map((row) => (
        <p key={row.key} data-row={row.key}>
          {row.key}
        </p>
      ))}
      <div data-testid="below" style={{ height: below }} />
    </div>
  );
}

describe('a list drawn a window at a time', () => {
  afterEach(() => jest.restoreAllMocks());

  it('takes a view that layout gives no height as a pane’s, and rows not yet measured at their estimate', () => {
    renderAlone(<Rows count={1000} />);
    expect(screen.getAllByText(/^\d+$/)).toHaveLength(DEFAULT_VIEW_HEIGHT / 10 + 5);
    expect(screen.getByTestId('below').style.height).toBe(`${(1000 - 65) * 10}px`);
  });

  it('counts each row drawn at its measured height, and the view at its own', () => {
    jest.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(100);
    jest.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ height: 50 } as DOMRect);
    renderAlone(<Rows count={1000} />);
    // Two rows of 50 fill the view, five more are drawn below it. The first drawing, before the view was
    // measured, drew 65 rows: those below keep their measured 50, the rest their estimated 10.
    expect(screen.getAllByText(/^\d+$/)).toHaveLength(7);
    expect(screen.getByTestId('below').style.height).toBe(`${(65 - 7) * 50 + (1000 - 65) * 10}px`);
  });
});
