import { checkWorkbook } from '../../../src/core/workflows/check-workbook';
import type { Issue } from '../../../src/core/check/issue';
import { issuesByMember, LAYOUT_GROUP } from '../../../src/core/check/issue-groups';
import { serialOfUtc } from '../../../src/core/workbook/serial';
import { sheet, workbook } from '../../support/snapshot';

const TODAY = serialOfUtc(2026, 11, 26);
/** Japan written two ways (its second submission a duplicate), a Member unknown to the registry, a column no question has. */
const { issues } = checkWorkbook(
  workbook(
    sheet('Responses', [
      ['Member', 'F1', 'Colour'],
      ['Japon', 'Peut-être', 'blue'],
      ['Kenya', 'Yes', 'red'],
      ['JPN', 'Yes', 'green'],
      ['Swizterland', 'Yes', null],
      ['Swizterland', 'Maybe', null],
    ]),
  ),
  TODAY,
);
const codes = (list: readonly Issue[]) => list.map((i) => i.code);

describe('issues grouped by Member', () => {
  it('puts the workbook’s layout first, then each Member in the order the issues first name it', () => {
    const groups = issuesByMember(issues, 'en');
    expect(groups.map((g) => [g.key, g.member])).toEqual([
      [LAYOUT_GROUP, undefined],
      ['member:JPN', 'Japan'],
      ['member:Swizterland', 'Swizterland'],
    ]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(issues.length);
  });

  it('keys a Member the registry knows by its code: one group however its submissions write it', () => {
    const japan = issuesByMember(issues, 'en').find((g) => g.key === 'member:JPN')!;
    expect(japan.items.map((i) => [i.member?.text, i.code])).toEqual([
      ['Japon', 'invalid-answer'],
      ['JPN', 'duplicate-member'],
    ]);
  });

  it('keys a name the registry does not know as written, and keeps the issues in the order given', () => {
    const unknown = issuesByMember(issues, 'en').find((g) => g.key === 'member:Swizterland')!;
    expect(codes(unknown.items)).toEqual(['unknown-member', 'unknown-member', 'invalid-answer']);
  });

  it('names the Member in the language asked, its key the same in either', () => {
    const fr = issuesByMember(issues, 'fr');
    expect(fr.map((g) => [g.key, g.member])).toEqual([
      [LAYOUT_GROUP, undefined],
      ['member:JPN', 'Japon'],
      ['member:Swizterland', 'Swizterland'],
    ]);
  });

  it('groups anything an issue can be read from, keeping the items themselves', () => {
    const views = issues.map((issue, i) => ({ issue, place: i }));
    const groups = issuesByMember(views, 'en', (view) => view.issue);
    expect(groups.map((g) => g.items.map((v) => v.place))).toEqual(issuesByMember(issues, 'en').map((g) => g.items.map((i) => issues.indexOf(i))));
  });

  it('has no layout group when every issue is a Member’s, and no group at all for no issue', () => {
    const members = issues.filter((i) => i.member);
    expect(issuesByMember(members, 'en').map((g) => g.key)).toEqual(['member:JPN', 'member:Swizterland']);
    expect(issuesByMember([], 'en')).toEqual([]);
  });
});
