/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { FileBar } from '../../../../src/taskpane/components/FileBar/FileBar';
import { SCREENS } from '../../../../src/taskpane/components/Workspace/Workspace.types';
import { STRINGS } from '../../../../src/taskpane/i18n/strings';
import { renderAlone } from '../../support/render';

const props = { busy: false, onOpen: jest.fn(), onDownload: jest.fn() };

describe('FileBar', () => {
  it('says the workbook stays on this computer, before one is open', () => {
    renderAlone(<FileBar {...props} />);
    expect(screen.getByText(/nothing is sent anywhere/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download workbook' })).toBeNull();
  });

  it('says who does what on which tab, before a workbook is open', () => {
    renderAlone(<FileBar {...props} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Who does what' })).toBeTruthy();
    const roles = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(roles).toEqual([
      expect.stringMatching(/^Member coordinators.*\(Template\).*\(Check\)/),
      expect.stringMatching(/^Secretariat.*\(Check\).*\(Analyse\)/),
      expect.stringMatching(/^Evaluators.*\(Compare\).*\(CRM\)/),
    ]);
  });

  it('says who does what in French too, and no more once a workbook is open', () => {
    const { rerender } = renderAlone(<FileBar {...props} />, 'fr');
    const roles = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(roles).toEqual([
      expect.stringMatching(/^Coordinateurs des Membres.*\(Modèle\).*\(Vérifier\)/),
      expect.stringMatching(/^Secrétariat.*\(Vérifier\).*\(Analyser\)/),
      expect.stringMatching(/^Évaluateurs.*\(Comparer\).*\(CRM\)/),
    ]);
    rerender(<FileBar {...props} file={{ name: 'round.xlsx', written: false, unsaved: false }} />);
    expect(screen.queryByRole('heading', { name: 'Qui fait quoi' })).toBeNull();
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('names every tab, each as the tab list does (%s)', (language) => {
    const { tabs, file } = STRINGS[language];
    const named = file.roles.flatMap((role) => Array.from(role.what.matchAll(/\(([^)]+)\)/g), (match) => match[1]));
    expect(new Set(named)).toEqual(new Set(SCREENS.map((screen) => tabs[screen])));
  });

  it('offers workbooks with macros (.xlsm) as well as without (.xlsx)', () => {
    renderAlone(<FileBar {...props} />);
    const accepted = (screen.getByLabelText('Open workbook') as HTMLInputElement).accept.split(',');
    expect(accepted).toEqual(expect.arrayContaining(['.xlsx', '.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12']));
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
    const { rerender } = renderAlone(<FileBar {...props} file={{ name: 'round.xlsx', written: true, unsaved: true }} />);
    expect(screen.getByRole('button', { name: 'Download workbook' }).getAttribute('aria-disabled')).toBeNull();
    expect(screen.getByText('Sheets written to this copy. Download the workbook to keep them.')).toBeTruthy();
    rerender(<FileBar {...props} busy file={{ name: 'round.xlsx', written: true, unsaved: true }} />);
    expect(screen.getByRole('button', { name: 'Download workbook' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Open another workbook' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('asks before another workbook replaces sheets written and not downloaded, and opens the file dialog only if told to', () => {
    const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { rerender } = renderAlone(<FileBar {...props} file={{ name: 'round.xlsx', written: true, unsaved: true }} />);
    const another = () => fireEvent.click(screen.getByRole('button', { name: 'Open another workbook' }));
    another();
    expect(confirm).toHaveBeenLastCalledWith('Sheets were written to this workbook and not downloaded since. Open another workbook without them?');
    expect(click).not.toHaveBeenCalled();
    another();
    expect(click).toHaveBeenCalledTimes(1);
    rerender(<FileBar {...props} file={{ name: 'round.xlsx', written: true, unsaved: false }} />);
    another();
    expect([confirm.mock.calls.length, click.mock.calls.length]).toEqual([2, 2]);
    jest.restoreAllMocks();
  });
});
