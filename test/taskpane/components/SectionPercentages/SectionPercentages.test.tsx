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

  it('gives no interval, and no legend, on a base under 5', () => {
    renderAlone(<SectionPercentages analysis={analysis} />);
    expect(screen.getByText('Greater public and media scrutiny').closest('tr')!.textContent).toBe('F1Greater public and media scrutinyYes67%2 of 3');
    expect(screen.queryByText(/^In brackets/)).toBeNull();
  });

  it('gives a percent on 5 or more its 95 % interval, and says under the tables what it assumes, in both languages', () => {
    // Ten respondents: F1 answered by all ten, F2 by four only.
    const ten = analyse(
      ['F1', 'F2'],
      ['France', 'Germany', 'Italy', 'Spain', 'Malta', 'Japan', 'Kenya', 'Peru', 'Brazil', 'Canada'].map((m, i) => [
        m,
        null,
        i < 5 ? 'Yes' : 'No',
        i < 4 ? 'Yes' : null,
      ]),
    );
    const { unmount } = renderAlone(<SectionPercentages analysis={ten} />);
    const f1 = screen.getByText('Greater public and media scrutiny').closest('tr')!;
    expect(f1.textContent).toBe('F1Greater public and media scrutinyYes50% (24–76)5 of 10');
    expect(screen.getByText('Increased expectation from the public for quality services').closest('tr')!.textContent).toBe(
      'F2Increased expectation from the public for quality servicesYes100%4 of 4',
    );
    expect(
      screen.getByText(
        'In brackets: each percent’s 95 % interval, on a base of 5 or more. It assumes the respondents are like a random sample of the population; those who did not respond may differ more.',
      ),
    ).toBeTruthy();
    unmount();

    renderAlone(<SectionPercentages analysis={ten} />, 'fr');
    const french = (label: string) => screen.getByText(label).closest('tr')!.textContent!.replace(/\s/g, ' ');
    expect(french('Surveillance accrue du public et des médias')).toBe('F1Surveillance accrue du public et des médiasOui50 % (24–76)5 sur 10');
    expect(screen.getByText(/^Entre parenthèses : l’intervalle à 95 % de chaque pourcentage, sur une base de 5 ou plus\./)).toBeTruthy();
  });
});
