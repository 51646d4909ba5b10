import type { ItemIndex } from '../questionnaire/lookup';
import type { Answer, Submission } from '../read/model';
import type { AnswerScope } from '../read/answer-scope';
import { scopeOf } from '../read/relevance';
import { displayCell } from '../workbook/display';
import { issueAt, type Issue } from './issue';

type About = Pick<Issue, 'member' | 'submission'>;

/** Where a submission breaks its XLSForm's rules: `relevant`, `constraint`, `required`. */
export function ruleIssues(submission: Submission, items: ItemIndex, about: About): Issue[] {
  if (!items.items.some((item) => item.relevant || item.constraint || item.required)) return [];
  const scope = scopeOf(items, submission.answers, submission.member);
  const required = submission.blanks.filter((item) => item.required && !submission.notRelevant.has(item) && scope.holds(item.required, item));
  return [
    ...submission.answers.flatMap((answer) => answerRuleIssues(answer, submission, scope, about)),
    ...required.map((item) => issueAt({ code: 'required-answer-missing', item }, submission.cellOf(item), { ...about, item })),
  ];
}

/** Only an answer that was read is held to the constraint; one the form does not ask is not. */
function answerRuleIssues(answer: Answer, submission: Submission, scope: AnswerScope, about: About): Issue[] {
  const { item } = answer;
  const at = { ...about, item };
  if (submission.notRelevant.has(item)) return [issueAt({ code: 'answer-not-relevant', item }, submission.cellOf(item), at)];
  const read = !['invalid', 'error', 'ambiguous'].includes(answer.parsed.kind);
  if (!item.constraint || !read || scope.holds(item.constraint, item)) return [];
  return [issueAt({ code: 'constraint-not-met', value: displayCell(answer.raw), item }, submission.cellOf(item), at)];
}
