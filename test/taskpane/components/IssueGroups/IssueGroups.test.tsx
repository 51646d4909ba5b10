/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { checkWorkbook, serialOfMs, type Issue } from '../../../../src/core';
import { IssueGroups } from '../../../../src/taskpane/components/IssueGroups/IssueGroups';
import { sheet, workbook } from '../../../support/snapshot';
import { renderAlone } from '../../support/render';
import { manyIssues, numbered } from './many-issues';

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

const FIVE = ['Japan', 'Kenya', 'Malaysia', 'Peru', 'Spain'];

const japanIssue = () => screen.queryByRole('button', { name: /Responses!B2/ });
const header = (member: string) => screen.getByRole('button', { name: new RegExp(`^${member}`) });
const issueCells = () => screen.queryAllByRole('listitem').map((li) => li.textContent!.match(/Responses!(B\d+)/)![1]);
const showing = () => screen.getAllByRole('status')[0].textContent;

function filter(label: string, choice: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(screen.getByRole('option', { name: choice }));
}

describe('IssueGroups', () => {
  it('hands the issue chosen to the screen', () => {
    const onChoose = jest.fn();
    renderAlone(<IssueGroups issues={check()} onChoose={onChoose} />);
    filter('Member', 'Japan');
    fireEvent.click(japanIssue()!);
    expect(onChoose.mock.calls[0][0].issue.ref).toEqual({ sheet: 'Responses', cell: 'B2' });
  });

  it('shows what to say under the issue chosen', () => {
    const issues = check();
    const japan = String(issues.findIndex((i) => i.ref.cell === 'B2'));
    renderAlone(<IssueGroups issues={issues} onChoose={jest.fn()} chosen={{ key: japan, note: 'Fix B2.' }} />);
    filter('Member', 'Japan');
    expect(screen.getByText('Fix B2.').getAttribute('role')).toBe('status');
    expect(japanIssue()!.getAttribute('aria-current')).toBe('true');
  });

  it('opens the first three groups, the others folded, every header with its count', () => {
    renderAlone(<IssueGroups issues={manyIssues(5, FIVE)} onChoose={jest.fn()} />);
    const headers = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => [
        within(h).getByText(/^[A-Z]/).textContent,
        within(h).getByText(/^1 /).textContent,
        within(h).getByRole('button').getAttribute('aria-expanded'),
      ]);
    expect(headers).toEqual([
      ['Japan', '1 error', 'true'],
      ['Kenya', '1 warning', 'true'],
      ['Malaysia', '1 warning', 'true'],
      ['Peru', '1 error', 'false'],
      ['Spain', '1 warning', 'false'],
    ]);
    expect(issueCells()).toEqual(['B2', 'B3', 'B4']);
  });

  it('opens and folds a group by its header, until the next check, which opens the groups afresh', () => {
    const issues: readonly Issue[] = manyIssues(5, FIVE);
    const { rerender } = renderAlone(<IssueGroups issues={issues} onChoose={jest.fn()} />);
    fireEvent.click(header('Japan'));
    fireEvent.click(header('Peru'));
    expect([header('Japan').getAttribute('aria-expanded'), header('Peru').getAttribute('aria-expanded')]).toEqual(['false', 'true']);
    expect(issueCells()).toEqual(['B3', 'B4', 'B5']);
    rerender(<IssueGroups issues={issues} onChoose={jest.fn()} />);
    expect(issueCells()).toEqual(['B3', 'B4', 'B5']);
    rerender(<IssueGroups issues={manyIssues(5, FIVE)} onChoose={jest.fn()} />);
    expect(issueCells()).toEqual(['B2', 'B3', 'B4']);
  });

  it('narrows the list by severity, Member and kind of issue, and says how many issues it shows of all', () => {
    renderAlone(<IssueGroups issues={manyIssues(300, numbered(10))} onChoose={jest.fn()} />);
    expect(showing()).toBe('');
    filter('Severity', 'Errors only');
    expect(showing()).toBe('Showing 100 of 300 issues');
    filter('Member', 'Member 2');
    expect(showing()).toBe('Showing 10 of 300 issues');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Member 210 errors']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent!.slice(0, 6))).toEqual(Array(10).fill('Error:'));
    filter('Severity', 'Errors and warnings');
    filter('Kind of issue', 'No answers');
    expect(showing()).toBe('Showing 20 of 300 issues');
    filter('Severity', 'Errors only');
    expect(showing()).toBe('Showing 0 of 300 issues');
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
  });

  it('names each kind of issue found in a few words, and each Member with issues, by name', () => {
    renderAlone(<IssueGroups issues={manyIssues(5, ['Peru', 'Japan'])} onChoose={jest.fn()} />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Kind of issue' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Every kind', 'An Excel error value such as #N/A in a cell', 'No answers']);
    fireEvent.click(screen.getByRole('combobox', { name: 'Member' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Every Member', 'Japan', 'Peru']);
  });

  it('counts in the pane’s language, French thousands set apart by a non-breaking space', () => {
    renderAlone(<IssueGroups issues={manyIssues(4850, numbered(150))} onChoose={jest.fn()} />, 'fr');
    filter('Gravité', 'Erreurs seulement');
    expect(showing()).toMatch(/^1\s617 problèmes affichés sur 4\s850$/);
    expect(showing()).not.toMatch(/\d \d/);
  });

  it('draws only the rows in view of 5,000 issues, and those scrolled to', () => {
    renderAlone(<IssueGroups issues={manyIssues(5000, ['Japan'])} onChoose={jest.fn()} />);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(30);
    expect(issueCells()[0]).toBe('B2');
    expect(screen.getAllByRole('listitem')[0].getAttribute('aria-setsize')).toBe('1667');

    const list = screen.getByRole('group', { name: 'Issues by Member' });
    Object.defineProperty(list, 'scrollTop', { configurable: true, writable: true, value: 1e9 });
    fireEvent.scroll(list);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(30);
    expect(issueCells()).not.toContain('B2');
    expect(issueCells().slice(-1)).toEqual(['B5001']);
  });

  it('goes from header to issue to header with the arrow keys', () => {
    renderAlone(<IssueGroups issues={manyIssues(5, FIVE)} onChoose={jest.fn()} />);
    header('Japan').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Responses!B2/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(header('Kenya'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Responses!B2/ }));
  });
});
