/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { checkWorkbook, evaluateIndicators, serialOfMs } from '../../../../src/core';
import { CrmMembers } from '../../../../src/taskpane/components/CrmMembers/CrmMembers';
import { sheet, workbook } from '../../../support/snapshot';
import { renderAlone } from '../../support/render';
import { CRM_ROWS } from '../../support/workbooks';

const evaluation = evaluateIndicators(
  checkWorkbook(
    workbook(
      sheet('Responses', [
        ['Member', 'F1'],
        ['France', 'Yes'],
      ]),
      sheet('CRM Indicators', CRM_ROWS),
    ),
    serialOfMs(Date.now()),
  ).crm,
);

describe('CrmMembers', () => {
  it('gives each Member its share improved, and each indicator its way, in the pane’s language', () => {
    renderAlone(<CrmMembers evaluation={evaluation} />, 'fr');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['France1 sur 2 en progrès', 'Kenya0 sur 1 en progrès']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent!.replace(/\s/g, ' '))).toEqual([
      'Rendement des recettes douanièresEn progrès1996: 500 millions USD → 1998: 560 millions USD',
      'Délai moyen de dédouanementEn recul1996: 48 heures → 1998: 60 heures',
    ]);
    expect(screen.getByText('Étape : Mise en œuvre')).toBeTruthy();
  });
});
