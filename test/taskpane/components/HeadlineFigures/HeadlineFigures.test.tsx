/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { HeadlineFigures } from '../../../../src/taskpane/components/HeadlineFigures/HeadlineFigures';
import { renderAlone } from '../../support/render';

const headline = {
  respondentsCounted: 36,
  excludedByCutoff: 4,
  excludedForErrors: 2,
  returnedEmpty: 0,
  membersInRegistry: 150,
  membersResponding: 42,
  responseRate: 0.28,
};

describe('HeadlineFigures', () => {
  it('lists each figure under its name, in the pane’s language', () => {
    renderAlone(<HeadlineFigures headline={headline} />, 'fr');
    expect(screen.getByRole('heading', { name: 'Chiffres clés' })).toBeTruthy();
    const pairs = screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent!.replace(/\s/g, ' ')]);
    expect(pairs).toEqual([
      ['Répondants comptés', '36'],
      ['Membres ayant répondu', '42sur 150 Membres'],
      ['Taux de réponse', '28 %'],
      ['Écartés pour erreurs', '2'],
      ['Écartés par Premières réponses', '4'],
    ]);
  });
});
