import { checkWorkbook, serialOfMs } from '../../../src/core';
import { respondingMembers, secondRoundSheets } from '../../../src/taskpane/workbook/compare-subjects';
import { sheet, workbook } from '../../support/snapshot';
import { LAST_ROUND, RESPONSES } from '../support/workbooks';

const read = (snapshot: ReturnType<typeof workbook>) => ({ snapshot, check: checkWorkbook(snapshot, serialOfMs(Date.now())) });

describe('what the Compare screen offers', () => {
  it('offers each Member with a submission once, errors or not, and no unknown names', () => {
    const responses = sheet('Responses', [
      ['Member', 'F1'],
      ['Japan', 'Maybe'],
      ['Nowhereland', 'Yes'],
      ['Japan', 'Yes'],
      ['Kenya', 'No'],
    ]);
    expect(respondingMembers(read(workbook(responses))).map((m) => m.code)).toEqual(['JPN', 'KEN']);
  });

  it('offers the other sheets holding responses as second rounds', () => {
    expect(secondRoundSheets(read(workbook(RESPONSES, LAST_ROUND)))).toEqual(['Round 1997']);
    expect(secondRoundSheets(read(workbook(RESPONSES)))).toEqual([]);
  });
});
