/** @jest-environment jsdom */
import { renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { WorkbookUnusableError } from '../../../../src/core';
import { ImportReport } from '../../../../src/taskpane/components/ImportReport/ImportReport';
import { useImportReport } from '../../../../src/taskpane/components/ImportReport/useImportReport';
import { STRINGS } from '../../../../src/taskpane/i18n/strings';
import { StringsProvider } from '../../../../src/taskpane/i18n/StringsContext';
import type { ImportReport as Report } from '../../../../src/taskpane/workbook/import-submissions';
import { renderAlone } from '../../support/render';

const report: Report = {
  files: 190,
  filesRead: 188,
  gathered: 1234,
  carried: 0,
  sheet: 'Responses',
  notUsed: [
    { file: 'scan.xlsx', kind: 'unreadable', error: new WorkbookUnusableError('legacy-xls') },
    { file: 'notes.xlsx', kind: 'no-submissions' },
  ],
};

const figures = () => screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);

describe('ImportReport', () => {
  it('says where the submissions went, how many from how many files, and why each file was not used', () => {
    renderAlone(<ImportReport report={report} />, 'fr');
    expect(screen.getByText(/^Soumissions rassemblées dans la feuille « Responses »\./)).toBeTruthy();
    expect(figures()).toEqual([
      ['Fichiers lus', '188 sur 190'],
      ['Soumissions rassemblées', '1\u00a0234'],
    ]);
    const list = screen.getByRole('list', { name: '2 fichiers non utilisés' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild!.textContent),
    ).toEqual(['scan.xlsx', 'notes.xlsx']);
    expect(within(list).getByText(/^Le fichier est un classeur Excel 97–2003 \(\.xls\)/)).toBeTruthy();
    expect(within(list).getByText(/^Aucune feuille ou tableau Responses/)).toBeTruthy();
  });

  it('says why a file was skipped in the words of the Import Log, in the pane’s language', () => {
    const skipped: Report = {
      ...report,
      notUsed: [
        { file: 'master.xlsx', kind: 'skipped', why: 'earlier-consolidation' },
        { file: '~$japan.xlsx', kind: 'skipped', why: 'lock-file' },
      ],
    };
    renderAlone(<ImportReport report={skipped} />, 'fr');
    const list = screen.getByRole('list', { name: '2 fichiers non utilisés' });
    expect(within(list).getByText(/^Classeur déjà consolidé \(il a une feuille Import Log\)/)).toBeTruthy();
    expect(within(list).getByText(/^Fichier de verrouillage d’Excel/)).toBeTruthy();
  });

  it('says the user’s Responses sheet was left as it was, and what is already in the workbook', () => {
    renderAlone(<ImportReport report={{ ...report, sheet: 'Responses (consolidated)', besideSheet: 'Responses', carried: 42, notUsed: [] }} />);
    expect(screen.getByText(/^Your sheet “Responses” is unchanged/)).toBeTruthy();
    expect(figures()[2]).toEqual(['Already in this workbook', '42']);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says the submissions were added under the table an earlier import made, and lists a file imported before without a warning', () => {
    const added: Report = {
      files: 3,
      filesRead: 2,
      gathered: 2,
      carried: 140,
      sheet: 'Responses',
      into: 'Responses',
      notUsed: [{ file: 'kenya.xlsx', kind: 'skipped', why: 'already-imported' }],
    };
    renderAlone(<ImportReport report={added} />, 'fr');
    screen.getByText(/^Soumissions ajoutées sous les lignes du tableau Responses de la feuille « Responses »/);
    expect(figures()).toEqual([
      ['Fichiers lus', '2 sur 3'],
      ['Soumissions ajoutées', '2'],
      ['Déjà dans ce classeur', '140'],
      ['Déjà importés', '1'],
    ]);
    const list = screen.getByRole('list', { name: '1 fichier non utilisé' });
    expect(within(list).getByText(/^Déjà importé : un fichier de ce nom au même contenu figure déjà dans ce journal d’import\./)).toBeTruthy();
    const wrapper = ({ children }: { children: ReactNode }) => <StringsProvider value={{ language: 'fr', strings: STRINGS.fr }}>{children}</StringsProvider>;
    expect(renderHook(() => useImportReport({ report: added }), { wrapper }).result.current.intent).toBe('success');
  });

  it('says nothing new was written when every file was imported before or could not be used', () => {
    renderAlone(<ImportReport report={{ files: 1, filesRead: 0, gathered: 0, carried: 3, into: 'Responses', notUsed: [] }} />);
    expect(screen.getByText('No new submissions in the files chosen: nothing was written, and the Import Log is as it was.')).toBeTruthy();
  });
});
