/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sheet, workbook } from '../../../support/snapshot';
import { FakeWorkbook } from '../../support/fake-workbook';
import { renderInExcel } from '../../support/render';
import { CRM_INDICATORS, CRM_ROWS, RESPONSES } from '../../support/workbooks';

async function onCrm(fake: FakeWorkbook) {
  renderInExcel(fake);
  await screen.findByText(/submissions?\.$/);
  fireEvent.click(screen.getByRole('tab', { name: 'CRM' }));
  return fake;
}

describe('CRM indicators', () => {
  it('shows each Member’s indicators from baseline to follow-up, as read by the check', async () => {
    await onCrm(new FakeWorkbook(workbook(RESPONSES, CRM_INDICATORS)));
    expect(screen.getByText(/^2 Members follow CRM indicators\./)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['France1 of 2 improved', 'Kenya0 of 1 improved']);
    const france = screen.getByRole('heading', { level: 3, name: /France/ }).parentElement!;
    expect(within(france).getByText('Stage: Implementation')).toBeTruthy();
    const items = within(france)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Customs revenue yieldImproved1996: 500 USD million → 1998: 560 USD million',
      'Average clearance timeDeclined1996: 48 hours → 1998: 60 hours',
    ]);
  });

  it('reads the sheet again on request, and says when it last read it', async () => {
    const fake = await onCrm(new FakeWorkbook(workbook(RESPONSES)));
    expect(screen.getByText(/No CRM indicators in this workbook/)).toBeTruthy();
    fake.snapshot = workbook(RESPONSES, CRM_INDICATORS);
    fireEvent.click(screen.getByRole('button', { name: 'Read the sheet again' }));
    expect(await screen.findByText(/^2 Members follow CRM indicators\. \(Read at \d\d:\d\d:\d\d\.\)$/)).toBeTruthy();
  });

  it('writes the CRM Summary sheet alone', async () => {
    const fake = await onCrm(new FakeWorkbook(workbook(RESPONSES, CRM_INDICATORS)));
    fireEvent.click(screen.getByRole('button', { name: 'Write CRM Summary' }));
    await screen.findByText('The CRM Summary sheet holds every Member and indicator.');
    expect(fake.writtenSheets).toEqual([['CRM Summary']]);
  });

  it('counts the rows left out for errors', async () => {
    const broken = sheet('CRM Indicators', [...CRM_ROWS, ['Kenya', 'NO-SUCH-INDICATOR', null, '1996', 1, '1998', 2]]);
    await onCrm(new FakeWorkbook(workbook(RESPONSES, broken)));
    await waitFor(() => expect(screen.getByText('1 row left out for errors: see Check.')).toBeTruthy());
  });
});
