import { checkWorkbook, serialOfMs } from '../../../../src/core';
import { groupIssues, initiallyOpen } from '../../../../src/taskpane/components/IssueGroups/group-issues';
import { sheet, workbook } from '../../../support/snapshot';

const issues = checkWorkbook(
  workbook(
    sheet('Responses', [
      ['Member', 'F1', 'Colour'],
      ['Japon', 'Peut-être', 'blue'],
      ['Kenya', 'Yes', 'red'],
      ['Japan', 'Yes', 'green'],
      ['Swizterland', 'Yes', null],
    ]),
  ),
  serialOfMs(Date.now()),
).issues;

describe('issues grouped for the Check screen', () => {
  it('groups by Member, the workbook’s layout first, each group’s errors apart from its warnings', () => {
    const groups = groupIssues(issues, 'en', 'Workbook layout');
    expect(groups.map((g) => [g.title, g.errors.length, g.warnings.length])).toEqual([
      ['Workbook layout', 0, expect.any(Number)],
      ['Japan', 2, 0],
      ['Swizterland', 1, 0],
    ]);
    expect(groups[1].errors.map((v) => [v.where, v.about, v.issue.code])).toEqual([
      ['Responses!B2', { kind: 'question', id: 'F1' }, 'invalid-answer'],
      ['Responses!A4', undefined, 'duplicate-member'],
    ]);
  });

  it('names Members in the language of the pane, and unknown ones as written', () => {
    expect(groupIssues(issues, 'fr', 'Structure du classeur').map((g) => g.title)).toEqual(['Structure du classeur', 'Japon', 'Swizterland']);
  });

  it('opens the first three groups at first, the others folded', () => {
    const groups = groupIssues(issues, 'en', 'Workbook layout');
    expect(initiallyOpen(groups)).toEqual(groups.map((g) => g.key));
    const many = [...groups, ...groups.map((g) => ({ ...g, key: `${g.key}-again` }))];
    expect(initiallyOpen(many)).toEqual(['layout', 'member:JPN', 'member:Swizterland']);
  });
});
