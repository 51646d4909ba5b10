/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { BusyStatus } from '../../../../src/taskpane/components/BusyStatus/BusyStatus';
import { FILE_TASKS, WORKBOOK_TASKS, type BusyTask } from '../../../../src/taskpane/tasks/busy-task';
import { TasksProvider } from '../../../../src/taskpane/tasks/TasksContext';
import { renderAlone } from '../../support/render';

function renderBusy(busy: BusyTask | undefined, tasks: readonly BusyTask[]) {
  return renderAlone(
    <TasksProvider value={{ busy, run: jest.fn() }}>
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
});
