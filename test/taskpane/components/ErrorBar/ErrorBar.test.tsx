/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { WorkbookUnusableError } from '../../../../src/core';
import { ErrorBar } from '../../../../src/taskpane/components/ErrorBar/ErrorBar';
import { renderAlone } from '../../support/render';

describe('ErrorBar', () => {
  it('shows nothing without an error', () => {
    const { container } = renderAlone(<ErrorBar />);
    expect(container.textContent).toBe('');
  });

  it('says what went wrong and what to do, in the pane’s language', () => {
    renderAlone(<ErrorBar error={new WorkbookUnusableError('password-protected', { file: 'round.xlsx' })} />, 'fr');
    expect(screen.getByText(/^round\.xlsx est protégé par un mot de passe\. Ouvrez-le dans Excel/)).toBeTruthy();
  });
});
