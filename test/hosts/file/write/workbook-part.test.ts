import { writeXlsx } from '../../../../src/hosts/file/write/write-xlsx';
import { unusable, withPart } from '../xlsx-fixtures';
import { plan, summarySheet, usersWorkbook } from './write-fixtures';

const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

describe('WorkbookPart.locate: where the package says the workbook is', () => {
  it('refuses a Strict Open XML workbook by name, rather than as a missing workbook part', async () => {
    const strict = await withPart(await usersWorkbook(), '_rels/.rels', (xml) => xml.split(TRANSITIONAL).join(STRICT));
    expect((await unusable(writeXlsx(strict, plan(summarySheet())))).reason).toBe('strict-ooxml');
  });

  it('says the workbook part is missing when the package leads to none', async () => {
    const lost = await withPart(await usersWorkbook(), '_rels/.rels', (xml) => xml.replace(/<Relationship [^>]*officeDocument"[^>]*\/>/, ''));
    const error = await unusable(writeXlsx(lost, plan(summarySheet())), 'corrupt-xlsx');
    expect([error.reason, error.params.detail]).toEqual(['corrupt-xlsx', 'the workbook part is missing']);
  });
});
