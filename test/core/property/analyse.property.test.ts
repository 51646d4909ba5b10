import fc from 'fast-check';
import type { AnswerResult } from '../../../src/core/analyse/percentages';
import { BASE_OPTIONS, type BaseOption } from '../../../src/core/analyse/options';
import type { Respondent } from '../../../src/core/analyse/respondents';
import { analyseWorkbook, type AnalyseOutcome, type AnalyseRequest } from '../../../src/core/workflows/analyse-workbook';
import type { RegionCode } from '../../../src/core/members/types';
import { REGION_CODES } from '../../../src/core/members/regions';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import type { Cell, WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { formSheets, INTEGRITY_FORM } from '../../support/xlsform';
import { answerTo, anyCell, anyWorkbook, surveyWorkbook, cellValue, header, ITEM_IDS, MEMBERS, receivedCell, TODAY, unlessRefused } from './arbitraries';

const text = (value: string): Cell => ({ kind: 'text', text: value });

const baseOption = fc.constantFrom<BaseOption>(...BASE_OPTIONS);

const anyRequest: fc.Arbitrary<AnalyseRequest> = fc.record(
  {
    settings: fc.record(
      {
        firstResponses: fc.integer({ min: 1, max: 14 }),
        base: baseOption,
        language: fc.constantFrom('en' as const, 'fr' as const),
      },
      { requiredKeys: [] },
    ),
    defaultLanguage: fc.constantFrom('en' as const, 'fr' as const),
    today: fc.constant(TODAY),
    member: fc.constantFrom('Kenya', 'Malaisie', 'Kenia', 'Atlantis', ''),
    region: fc.constantFrom<RegionCode>(...REGION_CODES),
    otherRound: anyWorkbook().map((workbook) => ({ name: 'round-2.xlsx', workbook })),
  },
  { requiredKeys: ['settings', 'defaultLanguage', 'today'] },
);

/** Every figure the analysis gives: overall, by region, and in every comparison it makes. */
function everyResult(outcome: AnalyseOutcome): { result: AnswerResult; respondents: number }[] {
  const { analysis } = outcome;
  const all = analysis.headline.respondentsCounted;
  return [
    ...analysis.results.map((result) => ({ result, respondents: all })),
    ...analysis.regions.flatMap((region) => region.answers.map((result) => ({ result, respondents: region.respondents }))),
  ];
}

/** The rules a figure breaks, named with the figure: none, for a sound one. */
function brokenRules({ result, respondents }: { result: AnswerResult; respondents: number }, base: BaseOption): string[] {
  const { count, percent } = result;
  const rules: [string, boolean][] = [
    ['0 <= count <= base', count >= 0 && count <= result.base],
    ['base <= respondents counted', result.base <= respondents],
    ['base = respondents counted, for base “respondents”', base !== 'respondents' || result.base === respondents],
    ['no percent on a base of 0', result.base !== 0 || percent === undefined],
    ['percent = count / base, in [0, 1]', result.base === 0 || (percent === count / result.base && percent >= 0 && percent <= 1)],
  ];
  const figure = `${result.item.id} ${result.answer}: ${count}/${result.base} of ${respondents} = ${percent}`;
  return rules.filter(([, holds]) => !holds).map(([rule]) => `${figure} breaks ${rule}`);
}

describe('property: analyseWorkbook on any workbook', () => {
  it('never throws anything but the engine’s typed errors, whatever the workbook and the request', () => {
    fc.assert(
      fc.property(anyWorkbook(anyCell), anyRequest, (book, request) => {
        unlessRefused(() => analyseWorkbook(book, request));
      }),
      { numRuns: 150 },
    );
  });

  describe.each(BASE_OPTIONS)('with base “%s”', (base) => {
    it('never counts more than the base, nor bases on more respondents than are counted; percent = count / base, in [0, 1], absent on a base of 0', () => {
      fc.assert(
        fc.property(surveyWorkbook, fc.option(fc.integer({ min: 1, max: 14 }), { nil: undefined }), (book, first) => {
          const settings = { base, ...(first !== undefined ? { firstResponses: first } : {}) };
          const outcome = unlessRefused(() => analyseWorkbook(book, { settings, defaultLanguage: 'en', today: TODAY }));
          if (!outcome) return;
          expect(outcome.analysis.options.base).toBe(base);
          expect(everyResult(outcome).flatMap((r) => brokenRules(r, base))).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });
  });

  it('accounts for every submission once: counted, left out by the cutoff, or left out for errors; never more counted than the cutoff', () => {
    fc.assert(
      fc.property(surveyWorkbook, fc.option(fc.integer({ min: 1, max: 14 }), { nil: undefined }), (book, first) => {
        const settings = first !== undefined ? { firstResponses: first } : {};
        const outcome = unlessRefused(() => analyseWorkbook(book, { settings, defaultLanguage: 'en', today: TODAY }));
        if (!outcome) return;
        const { headline, selection } = outcome.analysis;
        const submissions = [...selection.counted, ...selection.excludedByCutoff, ...selection.excludedForErrors].map((s) => s.submission);
        expect(new Set(submissions).size).toBe(submissions.length);
        expect(headline.respondentsCounted + headline.excludedByCutoff + headline.excludedForErrors).toBe(submissions.length);
        if (first !== undefined) expect(headline.respondentsCounted).toBeLessThanOrEqual(first);
        expect(outcome.analysis.regions.reduce((sum, r) => sum + r.respondents, 0)).toBe(headline.respondentsCounted);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * A Responses sheet: Member, Received, then random question headers; one row per Member (each
 * Member once: a second submission of the same Member is an error on whichever row comes later),
 * some rows naming no Member at all, some blank.
 */
interface Row {
  readonly member: Cell;
  readonly received: Cell;
  readonly answers: readonly Cell[];
}

const noMember = fc.constantFrom<Cell>(undefined, text('Atlantis'), text('Republic of Nowhere'), { kind: 'error', error: '#N/A' });

const day = fc.integer({ min: serialOfUtc(1998, 1, 1), max: serialOfUtc(1999, 12, 31) });

/** A Received cell: mostly a date in one of the forms users write, sometimes blank or anything. */
const anyReceived = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(day, fc.nat(3)).map(([d, how]) => receivedCell(d, how)) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: cellValue },
);

const MOST = 16;

/**
 * Rows of distinct Members (and of no Member), answering the columns `headers` head, with Received
 * dates: distinct days when `distinctDates`, else any cell; then a few blank rows.
 */
function responseRows(headers: readonly Cell[], distinctDates: boolean): fc.Arbitrary<Row[]> {
  const details = fc.tuple(fc.nat(3), fc.nat(3), anyReceived, fc.tuple(...headers.map(answerTo)));
  return fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...MEMBERS), { maxLength: MOST - 4, selector: (m) => m.code }),
      fc.array(noMember, { maxLength: 3 }),
      fc.uniqueArray(day, { minLength: MOST, maxLength: MOST }),
      fc.array(details, { minLength: MOST, maxLength: MOST }),
      fc.nat(3),
    )
    .map(([members, others, days, rowDetails, blankRows]) => {
      const names: Cell[] = [...members.map((m, i) => text([m.name.en, m.name.fr, m.code, m.name.en.toUpperCase()][rowDetails[i][0]])), ...others];
      const rows: Row[] = names.map((member, i) => {
        const [, how, received, answers] = rowDetails[i];
        return { member, received: distinctDates ? receivedCell(days[i], how) : received, answers };
      });
      return [...rows, ...Array.from({ length: blankRows }, () => ({ member: undefined, received: undefined, answers: [] }))];
    });
}

function responsesBook(headers: readonly Cell[], rows: readonly Row[], form: boolean): WorkbookSnapshot {
  const grid: Cell[][] = [[text('Member'), text('Received'), ...headers], ...rows.map((r) => [r.member, r.received, ...r.answers])];
  return { sheets: [{ name: 'Responses', rows: grid, tables: [] }, ...(form ? formSheets(INTEGRITY_FORM) : [])] };
}

/** What the results say, in a form that does not depend on the order the rows came in. */
function figures(outcome: AnalyseOutcome | undefined) {
  if (!outcome) return 'refused';
  const { analysis } = outcome;
  const codes = (list: readonly Respondent[]) => list.map((r) => r.member.code).sort();
  const answers = (list: readonly AnswerResult[]) => list.map((r) => [r.item.id, r.answer, r.count, r.base, r.percent]);
  return {
    headline: analysis.headline,
    counted: codes(analysis.selection.counted),
    excludedByCutoff: codes(analysis.selection.excludedByCutoff),
    results: answers(analysis.results),
    regions: analysis.regions.map((r) => [r.region, r.respondents, answers(r.answers)]),
  };
}

const QUESTIONNAIRES = [
  { name: 'the 1998 questionnaire', form: false, questions: ITEM_IDS },
  { name: 'the integrity XLSForm', form: true, questions: ['has_code', 'measures', 'measures/code', 'measures/training', 'staff', 'adopted'] },
];

const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe.each(QUESTIONNAIRES)('property: shuffling the rows of Responses, against $name', ({ form, questions }) => {
  /** Its questions, now and then another header (unknown, duplicate, profile). */
  const headers = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...questions).map(text) }, { weight: 1, arbitrary: header }), {
    minLength: 1,
    maxLength: 10,
  });

  const sheets = (distinctDates: boolean) =>
    headers.chain((hs) => responseRows(hs, distinctDates).chain((rows) => fc.tuple(fc.constant(hs), fc.constant(rows), shuffled(rows))));

  it.each(BASE_OPTIONS)('changes no count, base or percent, with base “%s” and no cutoff', (base) => {
    fc.assert(
      fc.property(sheets(false), ([hs, rows, again]) => {
        const request = { settings: { base }, defaultLanguage: 'en' as const, today: TODAY };
        const before = figures(unlessRefused(() => analyseWorkbook(responsesBook(hs, rows, form), request)));
        const after = figures(unlessRefused(() => analyseWorkbook(responsesBook(hs, again, form), request)));
        expect(after).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it.each(BASE_OPTIONS)('changes nothing with a cutoff of the first N when Received dates are distinct, with base “%s”', (base) => {
    fc.assert(
      fc.property(sheets(true), fc.integer({ min: 1, max: 16 }), ([hs, rows, again], first) => {
        const request = { settings: { base, firstResponses: first }, defaultLanguage: 'en' as const, today: TODAY };
        const before = unlessRefused(() => analyseWorkbook(responsesBook(hs, rows, form), request));
        const after = unlessRefused(() => analyseWorkbook(responsesBook(hs, again, form), request));
        expect(figures(after)).toEqual(figures(before));
        // Only the listing of the first N may change order, and it does not: they are listed by date.
        const received = (o: AnalyseOutcome | undefined) => o?.analysis.selection.counted.map((r) => r.received);
        expect(received(after)).toEqual(received(before));
      }),
      { numRuns: 40 },
    );
  });
});
