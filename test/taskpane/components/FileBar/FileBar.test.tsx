/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { FileBar } from '../../../../src/taskpane/components/FileBar/FileBar';
import { renderAlone } from '../../support/render';

const props = { busy: false, onOpen: jest.fn(), onDownload: jest.fn() };

describe('FileBar', () => {
  it('says the workbook stays on this computer, before one is open', () => {
    renderAlone(<FileBar {...props} />);
    expect(screen.getByText(/nothing is sent anywhere/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download workbook' })).toBeNull();
  });

  it('opens the file chosen, and the same file again once it has been fixed', () => {
    const onOpen = jest.fn();
    renderAlone(<FileBar {...props} onOpen={onOpen} />);
    const input = screen.getByLabelText('Open workbook') as HTMLInputElement;
    const file = new File(['x'], 'round.xlsx');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onOpen).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });

  it('offers the download once something is written, and nothing while the pane is busy', () => {
    const { rerender } = renderAlone(<FileBar {...props} file={{ name: 'round.xlsx', written: true }} />);
    expect(screen.getByRole('button', { name: 'Download workbook' }).getAttribute('aria-disabled')).toBeNull();
    expect(screen.getByText('Sheets written to this copy. Download the workbook to keep them.')).toBeTruthy();
    rerender(<FileBar {...props} busy file={{ name: 'round.xlsx', written: true }} />);
    expect(screen.getByRole('button', { name: 'Download workbook' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Open another workbook' }).getAttribute('aria-disabled')).toBe('true');
  });
});
