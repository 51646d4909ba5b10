/** @jest-environment jsdom */
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { hasXmllint, xmllintErrors } from '../../../support/xmllint';
import {
  partNames,
  partText,
  plan,
  profileSheet,
  SUMMARY_AND_CHARTS,
  summarySheet,
  surveySummaryTable,
  templateSheet,
  twoSeriesChart,
  usersWorkbook,
  withUsersChart,
} from './write-fixtures';

/** A browser's XML parser (jsdom's), strict about well-formedness and namespaces. */
function parseErrors(xml: string): string[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  return [...document.getElementsByTagName('parsererror')].map((error) => error.textContent ?? 'parse error');
}

/** libxml2's verdict on each part, when xmllint is installed. */

describe('writeXlsx: every XML part it writes is well-formed', () => {
  const awkward = plan(
    summarySheet({
      name: "Members' & <others>",
      blocks: [{ top: 1, left: 1, rows: [['a < b & "c"', 'ctrl\u0001char', '\uD800lone', '=1+1']], style: 'title' }],
      tables: [surveySummaryTable({ columns: ['A & B', '<C>', '"D"', "E'"] })],
      charts: [
        twoSeriesChart({
          title: 'Q&A <1>',
          categories: { sheet: "Members' & <others>", column: 1, top: 1, bottom: 1 },
          series: [{ name: '"Yes" & <no>', values: { sheet: "Members' & <others>", column: 2, top: 1, bottom: 1 } }],
        }),
      ],
    }),
    SUMMARY_AND_CHARTS.sheets[1],
  );
  const template = plan(
    templateSheet({
      validations: [
        {
          range: { top: 5, left: 3, bottom: 8, right: 3 },
          list: ['Oui & non', '<Partly>', 'N/A'],
          prompt: { title: 'Réponse "F1" <&>', message: 'Tab\there,\nnew line & <b>' },
        },
      ],
    }),
  );

  const cases: [string, typeof SUMMARY_AND_CHARTS][] = [
    ['the report’s sheets', SUMMARY_AND_CHARTS],
    ['names and texts full of markup and forbidden characters', awkward],
    ['a protected template whose dropdowns are full of markup', template],
    ['a radar chart with blanks among its values', plan(profileSheet())],
  ];

  async function writtenParts(written: typeof SUMMARY_AND_CHARTS): Promise<Map<string, string>> {
    const bytes = await writeXlsx(await withUsersChart(await usersWorkbook()), written);
    const names = await partNames(bytes, /\.(xml|rels)$/);
    return new Map(await Promise.all(names.map(async (part) => [part, await partText(bytes, part)] as const)));
  }

  it.each(cases)('%s, for a browser', async (_, written) => {
    for (const [part, xml] of await writtenParts(written)) expect([part, parseErrors(xml)]).toEqual([part, []]);
  });

  (hasXmllint ? it.each(cases) : it.skip.each(cases))('%s, for xmllint --noout', async (_, written) => {
    expect(xmllintErrors(await writtenParts(written))).toBe('');
  });
});
