/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { WorkbookUnusableError } from '../../../../src/core';
import { ImportReport } from '../../../../src/taskpane/components/ImportReport/ImportReport';
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
});
