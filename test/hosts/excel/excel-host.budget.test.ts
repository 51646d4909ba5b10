import { analyseWorkbook } from '../../../src/core/workflows/analyse-workbook';
import type { WorkbookPlan } from '../../../src/core/report/plan';
import { REGISTRY_1998 } from '../../../src/core/members';
import { SURVEY_1998 } from '../../../src/core/questionnaire/survey-1998';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { ExcelHost } from '../../../src/hosts/excel/excel-host';
import { CELLS_PER_READ } from '../../../src/hosts/excel/read/read-areas';
import { cellWrites, writeRequests } from '../../../src/hosts/excel/write/cell-writes';
import { strictExcel, WorkbookModel } from './strict-excel';
import { largeSheet } from './workbooks';
import { SUBMISSION_MARKER } from '../../../src/core/read/submission-sheet';

const FOUR_MB = 4 * 1024 * 1024;
const ITEMS = SURVEY_1998.sections.flatMap((s) => s.items);
const MEMBERS = REGISTRY_1998.members;
const RECEIVED = serialOfUtc(1998, 3, 1);

/** A Responses sheet of `rows` submissions over `columns` columns: Member, Received, the questions, then notes. */
function responsesWorkbook(rows: number, columns: number): WorkbookModel {
  const header = ['Member', 'Received', ...ITEMS.map((item) => item.id)];
  const sheet = largeSheet('Responses', rows + 1, columns, (r, c) => {
    if (r === 0) return header[c] ?? `Note ${c}`;
    if (c === 0) return MEMBERS[r % MEMBERS.length].name.en;
    if (c === 1) return RECEIVED + (r % 90);
    const item = ITEMS[c - 2];
    if (item === undefined) return c % 2 === 0 ? r * c : `note ${r}`;
    const choices = item.scale.choices;
    return choices.length === 0 ? 'Rotation of border staff' : choices[(r + c) % choices.length].name;
  });
  for (let r = 1; r <= rows; r++) sheet.setFormat(r, 1, 'yyyy-mm-dd');
  return new WorkbookModel(sheet);
}

async function measure(rows: number, columns: number) {
  const excel = strictExcel(responsesWorkbook(rows, columns));
  const host = new ExcelHost(excel.office);
  const snapshot = await host.read();
  const read = { syncs: excel.meter.syncs, request: excel.meter.largestRequestBytes, response: excel.meter.largestResponseBytes };
  const { plan } = analyseWorkbook(snapshot, { settings: {}, defaultLanguage: 'en', today: serialOfUtc(2026, 11, 26) });
  const blocks = writeRequests(plan.sheets.flatMap(cellWrites)).length;
  const [write, rewrite] = [await writing(excel, host, plan, blocks), await writing(excel, host, plan, blocks)];
  // The figures the report quotes: syncs and the largest request and response, both ways.
  console.info(`${rows} × ${columns}: read ${JSON.stringify(read)}, write ${JSON.stringify(write)}, rewrite ${JSON.stringify(rewrite)}`);
  return { snapshot, read, write, rewrite };
}

/** A write of the plan, the first time or over the sheets of an earlier run. */
async function writing(excel: ReturnType<typeof strictExcel>, host: ExcelHost, plan: WorkbookPlan, blocks: number) {
  excel.meter.reset();
  await host.write(plan);
  return { syncs: excel.meter.syncs, request: excel.meter.largestRequestBytes, blocks };
}

describe('round trips, on a 150 × 80 and a 5,000 × 250 workbook', () => {
  it('150 × 80: the check reads in 2 syncs; the plan is written in at most 6 plus one per values block', async () => {
    const { snapshot, read, write, rewrite } = await measure(150, 80);
    expect(snapshot.sheets[0].rows).toHaveLength(151);
    expect(read.syncs).toBe(2);
    for (const run of [write, rewrite]) expect(run.syncs).toBeLessThanOrEqual(6 + run.blocks);
    expect(Math.max(read.request, read.response, write.request, rewrite.request)).toBeLessThan(FOUR_MB);
  });

  it('5,000 × 250: the same writes, and a read that grows by one sync per 80,000 cells, never per row', async () => {
    const { snapshot, read, write, rewrite } = await measure(5000, 250);
    expect(snapshot.sheets[0].rows).toHaveLength(5001);
    expect(snapshot.sheets[0].rows[5000]).toHaveLength(250);
    expect(read.syncs).toBeLessThanOrEqual(2 + Math.ceil((5001 * 250) / CELLS_PER_READ));
    for (const run of [write, rewrite]) expect(run.syncs).toBeLessThanOrEqual(6 + run.blocks);
    expect(Math.max(read.request, read.response, write.request, rewrite.request)).toBeLessThan(FOUR_MB);
  }, 120_000);
});

describe('round trips, on a workbook of one submission sheet per Member', () => {
  it('still reads in 2 syncs: every sheet’s window holds its ~90 rows', async () => {
    const sheets = MEMBERS.map((member) =>
      largeSheet(member.code, ITEMS.length + 3, 3, (r, c) => {
        if (r === 0) return c === 0 ? SUBMISSION_MARKER.en : undefined;
        if (r === 1) return ['Member', undefined, member.name.en][c];
        return [ITEMS[r - 2]?.id ?? 'Received', ITEMS[r - 2]?.label.en ?? '', ITEMS[r - 2]?.scale.choices[0]?.name ?? RECEIVED][c];
      }),
    );
    const excel = strictExcel(new WorkbookModel(...sheets));
    const snapshot = await new ExcelHost(excel.office).read();
    expect(snapshot.sheets).toHaveLength(MEMBERS.length);
    expect(snapshot.sheets[149].rows).toHaveLength(ITEMS.length + 3);
    expect(excel.meter.syncs).toBe(2);
    expect(excel.meter.largestResponseBytes).toBeLessThan(FOUR_MB);
  });
});
