/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { SURVEY } from '../../support/workbooks';

describe('Workspace', () => {
  it('says whom the selected tab is for', async () => {
    renderInExcel();
    await screen.findByText('1 error and 18 warnings in 4 submissions.');
    expect(screen.getByText('For Member coordinators and the Secretariat')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Analyse' }));
    expect(screen.getByText('For the Secretariat')).toBeTruthy();
    expect(screen.queryByText('For Member coordinators and the Secretariat')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    expect(screen.getByText('For evaluators')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Template' }));
    expect(screen.getByText('For Member coordinators')).toBeTruthy();
  });

  it('says it in French too', async () => {
    renderInExcel(new FakeWorkbook(SURVEY), 'fr');
    await screen.findByText('1 erreur et 18 avertissements dans 4 soumissions.');
    expect(screen.getByText('Pour les coordinateurs des Membres et le Secrétariat')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'CRM' }));
    expect(screen.getByText('Pour les évaluateurs')).toBeTruthy();
  });
});
