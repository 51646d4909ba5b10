/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { WorkProgress } from '../../../../src/taskpane/engine/work-progress';
import { BusyStatus } from '../../../../src/taskpane/components/BusyStatus/BusyStatus';
import { FILE_TASKS, WORKBOOK_TASKS, type BusyTask } from '../../../../src/taskpane/tasks/busy-task';
import { TasksProvider } from '../../../../src/taskpane/tasks/TasksContext';
import { renderAlone } from '../../support/render';

function renderBusy(busy: BusyTask | undefined, tasks: readonly BusyTask[], more: { progress?: WorkProgress; cancel?: () => void } = {}) {
  return renderAlone(
    <TasksProvider value={{ ...(busy ? { busy } : {}), run: jest.fn(), ...more }}>
      <BusyStatus tasks={tasks} />
    </TasksProvider>,
  );
}

describe('BusyStatus', () => {
  it('says what the pane is doing, to screen readers too', () => {
    renderBusy('writing', WORKBOOK_TASKS);
    expect(screen.getByRole('status').textContent).toBe('Writing to the workbook…');
  });

  it('is empty while the pane is idle or busy with work shown elsewhere', () => {
    renderBusy(undefined, WORKBOOK_TASKS);
    renderBusy('checking', FILE_TASKS);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['', '']);
  });

  it('names the stage the work is at, and counts the submissions checked without announcing every count', () => {
    renderBusy('analysing', WORKBOOK_TASKS, { progress: { stage: 'checking', done: 2000, total: 5000 } });
    expect(screen.getByRole('status').textContent).toBe('Checking the submissions…');
    expect(screen.getByText('Checked 2,000 of 5,000 submissions')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Checked 2,000 of 5,000 submissions' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
  });

  it('counts in French as French writes numbers', () => {
    renderAlone(
      <TasksProvider value={{ busy: 'checking', run: jest.fn(), progress: { stage: 'checking', done: 2000, total: 5000 } }}>
        <BusyStatus tasks={WORKBOOK_TASKS} />
      </TasksProvider>,
      'fr',
    );
    expect(screen.getByText(/soumissions vérifiées/).textContent).toBe('2\u00a0000 soumissions vérifiées sur 5\u00a0000');
  });

  it('offers to cancel where the work can be stopped midway, and only there', () => {
    const cancel = jest.fn();
    renderBusy('checking', WORKBOOK_TASKS, { cancel });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalled();
    renderBusy('checking', WORKBOOK_TASKS);
    expect(screen.getAllByRole('button', { name: 'Cancel' })).toHaveLength(1);
  });
});
