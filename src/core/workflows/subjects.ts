import { memberOf, respondentOf, type Respondent } from '../analyse/respondents';
import type { Member } from '../members/types';
import type { Submission } from '../read/model';
import { RequestError, unknownMemberError } from '../request-error';
import { registry } from './check-workbook';

/** The Member's submission: the one counted if any (a second one is a duplicate, left out), else its first. */
export function subjectOf(member: Member, submissions: readonly Submission[], counted: readonly Respondent[]): Respondent | undefined {
  const first = counted.find((r) => r.member === member)?.submission ?? submissions.find((s) => memberOf(s) === member);
  return first && respondentOf(first);
}

/** The submission of the Member a person named; refused when the name is no Member's, or the Member sent none. */
export function subjectNamed(name: string, submissions: readonly Submission[], counted: readonly Respondent[]): Respondent {
  const match = registry.match(name);
  if (match.kind === 'unknown') throw unknownMemberError(name, match);
  const subject = subjectOf(match.member, submissions, counted);
  if (!subject) throw new RequestError({ reason: 'member-without-submission', member: match.member });
  return subject;
}

/** Every Member that returned a submission, each once (as `subjectOf` chooses), in the registry's order. */
export function everySubject(submissions: readonly Submission[], counted: readonly Respondent[]): Respondent[] {
  const chosen = new Map<Member, Submission>(counted.map((r) => [r.member, r.submission]));
  for (const submission of submissions) {
    const member = memberOf(submission);
    if (member && !chosen.has(member)) chosen.set(member, submission);
  }
  return registry.members.flatMap((m) => {
    const submission = chosen.get(m);
    return submission ? [respondentOf(submission)!] : [];
  });
}
