/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { analyseWorkbook, roundOfSheet, type AnalyseRequest, type Language } from '../../../../src/core';
import { serialOfUtc } from '../../../../src/core/workbook/serial';
import { ComparisonTable } from '../../../../src/taskpane/components/ComparisonTable/ComparisonTable';
import { comparisonPreview } from '../../../../src/taskpane/workbook/comparison-preview';
import type { ComparisonChoice } from '../../../../src/taskpane/workbook/analysis-request';
import { renderAlone } from '../../support/render';
import { sheet, workbook } from '../../../support/snapshot';
import { TEN } from '../../support/workbooks';

function shown(choice: ComparisonChoice, asked: Partial<AnalyseRequest>, language: Language = 'en', book = TEN) {
  const outcome = analyseWorkbook(book, { settings: {}, defaultLanguage: 'en', today: serialOfUtc(2026, 11, 26), ...asked });
  return renderAlone(<ComparisonTable preview={comparisonPreview(outcome, choice, language)} />, language);
}

const row = (label: string) => screen.getByText(label).closest('tr')!;
/** A row's text, its non-breaking spaces as plain ones. */
const rowText = (label: string) => row(label).textContent!.replace(/\u00a0/g, ' ');

const F1 = 'Greater public and media scrutiny';
const F2 = 'Increased expectation from the public for quality services';
const F1_FR = 'Surveillance accrue du public et des médias';
const F2_FR = 'Attentes accrues du public quant à la qualité des services';

/** The last cell's figure: an element of its own (shown in bold) where significant, else the cell's bare text. */
const differenceFigure = (label: string) => {
  const first = row(label).lastElementChild!.firstChild!;
  return { text: first.textContent, element: first.nodeType === Node.ELEMENT_NODE };
};

describe('ComparisonTable', () => {
  it('shows a region against the other respondents, each percent with its interval', () => {
    shown({ kind: 'region', region: 'EUR' }, { region: 'EUR' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Question', 'Region', 'Others', 'Difference']);
    expect(rowText(F1)).toBe('F1' + F1 + 'Yes100% (59–100)0% (0–42)+100 pp (+41 to +100) (significant)');
    expect(rowText(F2)).toBe('F2' + F2 + 'Yes60% (24–88)40% (12–76)+20 pp (-31 to +59)');
  });

  it('marks a significant difference in bold and says so to screen readers, and no other', () => {
    shown({ kind: 'region', region: 'EUR' }, { region: 'EUR' });
    expect(differenceFigure(F1)).toEqual({ text: '+100 pp', element: true });
    expect(differenceFigure(F2)).toEqual({ text: '+20 pp', element: false });
    const said = screen.getByText('(significant)', { exact: false });
    expect(getComputedStyle(said).position).toBe('absolute');
    expect(row(F1).contains(said)).toBe(true);
    expect(screen.getAllByText('(significant)', { exact: false })).toHaveLength(1);
  });

  it('says under the table what the brackets and the bold mean, and what the intervals assume', () => {
    shown({ kind: 'region', region: 'EUR' }, { region: 'EUR' });
    expect(
      screen.getByText(
        'In brackets: the 95 % interval of each percent and difference, where each side has 5 respondents or more. In bold: a significant difference, its interval excluding 0. The intervals assume the respondents are like a random sample of the population.',
      ),
    ).toBeTruthy();
  });

  it('speaks French as the pane writes it', () => {
    shown({ kind: 'region', region: 'EUR' }, { region: 'EUR' }, 'fr');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Question', 'Région', 'Autres', 'Écart']);
    expect(rowText(F1_FR)).toBe('F1' + F1_FR + 'Oui100 % (59–100)0 % (0–42)+100 pts (+41 à +100) (significatif)');
    // French's minus sign.
    expect(rowText(F2_FR)).toBe('F2' + F2_FR + 'Oui60 % (24–88)40 % (12–76)+20 pts (\u221231 à +59)');
    expect(screen.getByText(/^Entre parenthèses : l’intervalle à 95 % de chaque pourcentage et de chaque écart/)).toBeTruthy();
  });

  it('shows neither interval nor legend where every side is under the minimum', () => {
    const few = workbook(sheet('Responses', [['Member', 'F1'], ...['France', 'Germany', 'Kenya'].map((m) => [m, 'Yes'])]));
    shown({ kind: 'region', region: 'EUR' }, { region: 'EUR' }, 'en', few);
    expect(rowText(F1)).toBe('F1' + F1 + 'Yes———');
    expect(screen.queryByText(/^In brackets/)).toBeNull();
  });

  it('shows a round’s change with its interval, significant or not', () => {
    shown({ kind: 'round', sheet: 'Round 1997' }, { otherRound: { name: 'Round 1997', workbook: roundOfSheet(TEN, 'Round 1997') } });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Question', 'This round', 'Other round', 'Change']);
    expect(rowText(F1)).toBe('F1' + F1 + 'Yes50% (24–76)0% (0–27)+50 pp (+13 to +76) (significant)');
    expect(screen.getByText(/^In brackets: the 95 % interval of each percent and difference/)).toBeTruthy();
  });

  it('gives a Member’s All and Region their intervals, and its gap no mark: the legend says nothing of bold', () => {
    shown({ kind: 'member', member: 'MLT' }, { member: 'Malta' });
    expect(rowText(F1)).toBe('F1' + F1 + 'Yes✓ Yes (gives this answer)50% (24–76)100% (59–100)+50');
    expect(
      screen.getByText(
        'In brackets: the 95 % interval of each percent on 5 respondents or more. The intervals assume the respondents are like a random sample of the population.',
      ),
    ).toBeTruthy();
  });
});
