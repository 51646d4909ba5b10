/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { checkWorkbook, serialOfMs, type Issue } from '../../../../src/core';
import { IssueGroups } from '../../../../src/taskpane/components/IssueGroups/IssueGroups';
import { sheet, workbook } from '../../../support/snapshot';
import { renderAlone } from '../../support/render';

const check = () =>
  checkWorkbook(
    workbook(
      sheet('Responses', [
        ['Member', 'F1'],
        ['Japan', 'Maybe'],
        ['Kenya', 'Yes'],
      ]),
    ),
    serialOfMs(Date.now()),
  ).issues;

const japanIssue = () => screen.queryByRole('button', { name: /Responses!B2/ });

// Fluent's collapse motion sets `inert`, which React 18 does not know yet: it warns, in development only.
beforeEach(() => {
  const warn = console.error;
  jest.spyOn(console, 'error').mockImplementation((...args) => {
    if (!String(args[0]).includes('non-boolean attribute `%s`')) warn(...args);
  });
});
afterEach(() => jest.restoreAllMocks());

describe('IssueGroups', () => {
  it('hands the issue chosen to the screen', () => {
    const onChoose = jest.fn();
    renderAlone(<IssueGroups issues={check()} onChoose={onChoose} />);
    fireEvent.click(japanIssue()!);
    expect(onChoose.mock.calls[0][0].issue.ref).toEqual({ sheet: 'Responses', cell: 'B2' });
  });

  it('keeps a group closed until the next check, which opens the groups afresh', () => {
    const issues: readonly Issue[] = check();
    const { rerender } = renderAlone(<IssueGroups issues={issues} onChoose={jest.fn()} />);
    const japanOpen = () => screen.getByRole('button', { name: /^Japan/ }).getAttribute('aria-expanded');
    fireEvent.click(screen.getByRole('button', { name: /^Japan/ }));
    expect(japanOpen()).toBe('false');
    rerender(<IssueGroups issues={issues} onChoose={jest.fn()} />);
    expect(japanOpen()).toBe('false');
    rerender(<IssueGroups issues={check()} onChoose={jest.fn()} />);
    expect(japanOpen()).toBe('true');
  });

  it('shows what to say under the issue chosen', () => {
    const issues = check();
    const japan = String(issues.findIndex((i) => i.ref.cell === 'B2'));
    renderAlone(<IssueGroups issues={issues} onChoose={jest.fn()} chosen={{ key: japan, note: 'Fix B2.' }} />);
    expect(screen.getByRole('status').textContent).toBe('Fix B2.');
    expect(japanIssue()!.getAttribute('aria-current')).toBe('true');
  });
});
