import { groupIssues } from '../../../../src/taskpane/components/IssueGroups/group-issues';
import { inRuns, listRows, type ListRow } from '../../../../src/taskpane/components/IssueGroups/issue-rows';
import { manyIssues } from './many-issues';

const groups = groupIssues(manyIssues(7, ['Japan', 'Peru']), 'en', 'Workbook layout');
const named = (row: ListRow) => (row.kind === 'issue' ? `${row.view.where} ${row.place}/${row.of}` : row.key);

describe('the rows of the list of issues', () => {
  it('are each group’s header, then, if open, its errors and its warnings, each under a heading when it has both', () => {
    expect(listRows(groups, ['member:Japan']).map(named)).toEqual([
      'group:member:Japan',
      'heading:member:Japan:error',
      'Responses!B2 1/2',
      'Responses!B8 2/2',
      'heading:member:Japan:warning',
      'Responses!B4 1/2',
      'Responses!B6 2/2',
      'group:member:Peru',
    ]);
  });

  it('are drawn a heading at a time, and the issues of one list together', () => {
    const runs = inRuns(listRows(groups, ['member:Japan', 'member:Peru']));
    expect(runs.map((run) => ('kind' in run ? run.kind : run.length))).toEqual(['group', 'severity', 2, 'severity', 2, 'group', 'severity', 1, 'severity', 2]);
  });
});
