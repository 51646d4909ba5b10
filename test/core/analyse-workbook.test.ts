import { analyseWorkbook, type AnalyseRequest } from '../../src/core/workflows/analyse-workbook';
import * as checking from '../../src/core/workflows/check-workbook';
import { checkWorkbook } from '../../src/core/workflows/check-workbook';
import { regionPopulation } from '../../src/core/analyse/options';
import { REGISTRY_1998, REGION_CODES } from '../../src/core/members';
import { serialOfUtc } from '../../src/core/workbook/serial';
import { sheet, workbook, type Plain } from '../support/snapshot';
import { day } from '../support/survey';
import { issueMessage } from '../../src/core/check/messages';
import { RequestError, requestMessage } from '../../src/core/request-error';

const TODAY = serialOfUtc(2026, 11, 26);
const REQUEST: AnalyseRequest = { settings: {}, defaultLanguage: 'en', today: TODAY };
const responses = sheet('Responses', [
  ['Member', 'Received', 'F1', 'T1'],
  ['France', { date: day(1) }, 'Yes', 'Taken'],
  ['Germany', { date: day(2) }, 'No', 'Intended'],
  ['Japan', { date: day(3) }, 'Yes', 'Taken'],
  ['Kenya', { date: day(4) }, 'Yes', 'Taken'],
  ['Malta', null, 'No', 'Taken'],
]);
const settings = (...rows: Plain[][]) => sheet('Settings', [['Setting', 'Value'], ...rows]);
const crm = sheet('CRM Indicators', [
  ['Member', 'Indicator', 'Baseline period', 'Baseline', 'Follow-up period', 'Follow-up'],
  ['France', 'REV-YIELD', '1996', 500, '1998', 560],
]);
/** A setting the sheet does not know, every respondent as the base, and First responses 3 (Malta, undated, ranks last). */
const book = workbook(responses, settings(['Colour', 'blue'], ['Base', 'respondents'], ['First responses', 3]), crm);

/** An outcome as data: a submission's cell finder is a function made anew by each read of the workbook. */
const asData = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v)));

afterEach(() => jest.restoreAllMocks());

describe('an analysis on a check already made', () => {
  it('comes out as the analysis that checks the workbook itself', () => {
    const asked: AnalyseRequest = { ...REQUEST, member: 'Japan', region: 'EUR' };
    expect(asData(analyseWorkbook(book, { ...asked, check: checkWorkbook(book, TODAY) }))).toEqual(asData(analyseWorkbook(book, asked)));
  });

  it('is made on that check, without checking the workbook again', () => {
    const check = checkWorkbook(book, TODAY);
    const checks = jest.spyOn(checking, 'checkWorkbook');
    const outcome = analyseWorkbook(book, { ...REQUEST, check });
    expect(checks).not.toHaveBeenCalled();
    // The check's own issues, the very objects, then the analysis's own (an undated submission under a cutoff).
    expect(outcome.issues.slice(0, check.issues.length).every((issue, i) => issue === check.issues[i])).toBe(true);
    expect(outcome.issues.slice(check.issues.length).map((i) => i.code)).toEqual(['no-received-date']);
    expect(outcome.analysis.questionnaire).toBe(check.questionnaire);
  });

  it('checks the workbook once when none is given, as the command line does', () => {
    const checks = jest.spyOn(checking, 'checkWorkbook');
    analyseWorkbook(book, REQUEST);
    expect(checks).toHaveBeenCalledTimes(1);
  });
});

describe('counting every response, as a request says', () => {
  const all = analyseWorkbook(book, { ...REQUEST, countAll: true });

  it('counts every submission though the Settings sheet says First responses', () => {
    expect(analyseWorkbook(book, REQUEST).analysis.headline).toMatchObject({ respondentsCounted: 3, excludedByCutoff: 2 });
    expect(all.analysis.headline).toMatchObject({ respondentsCounted: 5, excludedByCutoff: 0 });
    expect(all.analysis.options.firstResponses).toBeUndefined();
  });

  it('keeps the Settings sheet’s other settings, and its issues', () => {
    expect(all.analysis.options.base).toBe('respondents');
    expect(all.issues.map((i) => i.code)).toContain('unknown-setting');
    // Nothing ranks last without a cutoff: an undated submission is no issue then.
    expect(all.issues.map((i) => i.code)).not.toContain('no-received-date');
  });

  it('analyses as the same workbook whose Settings sheet names no First responses', () => {
    const withoutNumber = workbook(responses, settings(['Colour', 'blue'], ['Base', 'respondents']), crm);
    const counted = analyseWorkbook(withoutNumber, REQUEST);
    expect(asData(all.analysis)).toEqual(asData(counted.analysis));
    expect(all.plan).toEqual(counted.plan);
  });

  it('wins over First responses in the request’s own settings', () => {
    expect(analyseWorkbook(book, { ...REQUEST, settings: { firstResponses: 2 }, countAll: true }).analysis.headline.respondentsCounted).toBe(5);
  });
});

describe('the population the percentages are of', () => {
  const sentTo = (...rows: Plain[][]) => workbook(responses, settings(...rows));
  const optionsOf = (book: ReturnType<typeof workbook>, request: Partial<AnalyseRequest> = {}) =>
    analyseWorkbook(book, { ...REQUEST, ...request }).analysis.options;

  it('is the Members of the registry by default, each region its own Members', () => {
    const options = optionsOf(sentTo());
    expect(options.population).toBe(150);
    expect(REGION_CODES.map((region) => regionPopulation(options, region))).toEqual(REGION_CODES.map((region) => REGISTRY_1998.membersIn(region).length));
    expect(REGION_CODES.reduce((sum, region) => sum + regionPopulation(options, region)!, 0)).toBe(150);
  });

  it('is the Population of the Settings sheet when it gives one: no region’s population is known then', () => {
    const options = optionsOf(sentTo(['Population', 4000]));
    expect(options.population).toBe(4000);
    expect(REGION_CODES.map((region) => regionPopulation(options, region))).toEqual(REGION_CODES.map(() => undefined));
  });

  it('is the request’s Population over the Settings sheet’s, as the flags and the pane say', () => {
    expect(optionsOf(sentTo(['Population', 4000]), { settings: { population: 250 } }).population).toBe(250);
  });

  it('is the Members of the registry, whatever the Settings sheet says, when the request says so (the pane’s empty field)', () => {
    const options = optionsOf(sentTo(['Population', 4000]), { registryPopulation: true });
    expect(options.population).toBe(150);
    expect(regionPopulation(options, 'EUR')).toBe(REGISTRY_1998.membersIn('EUR').length);
  });

  it('changes only the intervals: the counts, bases, percents, issues and the sheets without intervals are those of the registry’s population', () => {
    const given = analyseWorkbook(sentTo(['Population', 4000]), REQUEST);
    const registry = analyseWorkbook(sentTo(), REQUEST);
    const figures = (outcome: typeof given) => outcome.analysis.results.map(({ count, base, percent }) => ({ count, base, percent }));
    expect(figures(given)).toEqual(figures(registry));
    expect(given.issues.map((i) => i.code)).toEqual(registry.issues.map((i) => i.code));
    const regionFigures = (outcome: typeof given) =>
      outcome.analysis.regions.flatMap((r) => r.answers.map(({ count, base, percent }) => ({ count, base, percent })));
    expect(regionFigures(given)).toEqual(regionFigures(registry));
    const withoutIntervals = (outcome: typeof given) => outcome.plan.sheets.filter((sheet) => ['Validation', 'CRM Summary'].includes(sheet.name));
    expect(withoutIntervals(given)).toHaveLength(2);
    expect(withoutIntervals(given)).toEqual(withoutIntervals(registry));
    // Of 4,000 rather than 150, the same respondents are a smaller share of the population: no interval is narrower.
    const widths = (outcome: typeof given) => outcome.analysis.results.map(({ interval }) => (interval ? interval.high - interval.low : 0));
    const [wide, narrow] = [widths(given), widths(registry)];
    wide.forEach((width, i) => expect(width).toBeGreaterThanOrEqual(narrow[i] - 1e-12));
    expect(wide.some((width, i) => width > narrow[i])).toBe(true);
  });

  it('is the registry’s when the Settings sheet’s is under the respondents counted, said at its cell in the sheet’s words', () => {
    const respondents = analyseWorkbook(sentTo(), REQUEST).analysis.headline.respondentsCounted;
    const outcome = analyseWorkbook(sentTo(['Population', respondents - 1]), REQUEST);
    expect(outcome.analysis.options).toEqual(optionsOf(sentTo()));
    const issue = outcome.issues.find((i) => i.code === 'population-below-respondents')!;
    expect(issue).toMatchObject({ severity: 'warning', ref: { sheet: 'Settings', cell: 'B2' }, population: respondents - 1, respondents, members: 150 });
    expect(issueMessage(issue, 'en')).toBe(
      `The Population, ${respondents - 1}, is smaller than the ${respondents} respondents counted, so it cannot be how many the survey was sent to; the 150 Members of the registry are used. Enter the number the survey was sent to, or clear it.`,
    );
    expect(issueMessage(issue, 'fr')).toContain(`les 150 Membres du registre sont utilisés`);
  });

  it('is a census at the respondents counted: no issue', () => {
    const respondents = analyseWorkbook(sentTo(), REQUEST).analysis.headline.respondentsCounted;
    const outcome = analyseWorkbook(sentTo(['Population', respondents]), REQUEST);
    expect(outcome.analysis.options.population).toBe(respondents);
    expect(outcome.issues.map((i) => i.code)).not.toContain('population-below-respondents');
  });

  it('refuses a Population asked for now under the respondents counted, in one line of the user’s language', () => {
    const respondents = analyseWorkbook(sentTo(), REQUEST).analysis.headline.respondentsCounted;
    const refused = (() => {
      try {
        analyseWorkbook(sentTo(), { ...REQUEST, settings: { population: 2 } });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(RequestError);
    expect((refused as RequestError).problem).toEqual({ reason: 'population-below-respondents', population: 2, respondents });
    expect(requestMessage(refused as RequestError, 'en')).toBe(
      `The population, 2, is smaller than the ${respondents} respondents counted: give the number the survey was sent to, or none for the Members of the registry.`,
    );
  });
});
