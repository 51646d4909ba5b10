/** @jest-environment jsdom */
import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { partNames, partText, plan, SUMMARY_AND_CHARTS, summarySheet, surveySummaryTable, twoSeriesChart, usersWorkbook, withUsersChart } from './write-fixtures';

/** A browser's XML parser (jsdom's), strict about well-formedness and namespaces. */
function parseErrors(xml: string): string[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  return [...document.getElementsByTagName('parsererror')].map((error) => error.textContent ?? 'parse error');
}

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

  it.each([
    ['the report’s sheets', SUMMARY_AND_CHARTS],
    ['names and texts full of markup and forbidden characters', awkward],
  ])('%s', async (_, written) => {
    const bytes = await writeXlsx(await withUsersChart(await usersWorkbook()), written);
    for (const part of await partNames(bytes, /\.(xml|rels)$/)) {
      expect([part, parseErrors(await partText(bytes, part))]).toEqual([part, []]);
    }
  });
});
