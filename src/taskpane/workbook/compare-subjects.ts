import { type Member, otherRoundSheets } from '../../core';
import type { ReadWorkbook } from './read-workbook';

/** The Members with a submission in the workbook, each once, whether counted or not. */
export function respondingMembers({ check }: ReadWorkbook): Member[] {
  const members = new Map<string, Member>();
  for (const { member } of check.survey.submissions) {
    if (member?.kind === 'named' && member.parsed.kind === 'found') members.set(member.parsed.member.code, member.parsed.member);
  }
  return [...members.values()];
}

/** The sheets of the workbook that could be a second round to compare with. */
export function secondRoundSheets({ snapshot }: ReadWorkbook): string[] {
  return otherRoundSheets(snapshot);
}
