/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { SectionPercentages } from '../../../../src/taskpane/components/SectionPercentages/SectionPercentages';
import { analyse } from '../../../support/survey';
import { renderAlone } from '../../support/render';

const analysis = analyse(
  ['F1', 'T1'],
  [
    ['France', null, 'Yes', 'Taken'],
    ['Germany', null, 'No', 'Intended'],
    ['Kenya', null, 'Yes', null],
  ],
);

describe('SectionPercentages', () => {
  it('lists the sections the results fill, charted ones by their chart', () => {
    renderAlone(<SectionPercentages analysis={analysis} />);
    const sections = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(sections.slice(0, 3)).toEqual([
      'Chart 1: Forces impacting on Customs integrity and conduct',
      'Chart 2: Administrative policy elements relied on to ensure integrity',
      'Chart 3: Trade and tariff policy measures taken or to be taken',
    ]);
  });

  it('gives each reported answer its percent, count and base, with a bar as long', () => {
    renderAlone(<SectionPercentages analysis={analysis} />, 'fr');
    const f1 = screen.getByText('Surveillance accrue du public et des médias').closest('tr')!;
    expect(f1.textContent!.replace(/\s/g, ' ')).toBe('F1Surveillance accrue du public et des médiasOui67 %2 sur 3');
    expect((f1.querySelector('[aria-hidden] > span') as HTMLElement).style.width).toBe('67%');
  });
});
