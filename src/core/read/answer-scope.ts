import { evaluate, truth } from '../expression/evaluate';
import type { Value } from '../expression/expression';
import type { Condition, Item } from '../questionnaire/types';
import { displayCell } from '../workbook/display';
import { isoDate } from '../workbook/serial';
import type { ParsedAnswer } from './answers';
import type { Answer, MemberCell } from './model';

/**
 * What an answer is worth in an expression: the choice's name, the names chosen separated by spaces,
 * the number, the ISO date, the text; '' for a blank or an answer that could not be read.
 */
function answerValue(parsed: ParsedAnswer | undefined): Value {
  switch (parsed?.kind) {
    case 'choice':
      return parsed.choice;
    case 'choices':
      return parsed.choices.join(' ');
    case 'number':
      return parsed.value;
    case 'date':
      return isoDate(parsed.serial);
    case 'text':
      return parsed.text;
    default:
      return '';
  }
}

/** The question naming the Member, and the cell that named it in this submission. */
export interface MemberAnswer {
  readonly item: Item;
  readonly cell?: MemberCell;
}

/**
 * One submission's answers as the form's expressions read them. An item whose `relevant` condition
 * fails reads as blank to the others, as in ODK, which does not keep such an answer.
 */
export class AnswerScope {
  private readonly relevance = new Map<Item, boolean>();
  private readonly byName: ReadonlyMap<string, Item>;
  private readonly answerOf: ReadonlyMap<Item, Answer>;

  constructor(
    items: readonly Item[],
    answers: readonly Answer[],
    private readonly member?: MemberAnswer,
  ) {
    this.byName = new Map(items.map((item) => [item.id, item]));
    this.answerOf = new Map(answers.map((answer) => [answer.item, answer]));
  }

  applies(item: Item): boolean {
    const known = this.relevance.get(item);
    if (known !== undefined) return known;
    // A condition that comes back to its own item finds it applying, rather than looping.
    this.relevance.set(item, true);
    const applies = !item.relevant || this.holds(item.relevant, item);
    this.relevance.set(item, applies);
    return applies;
  }

  /** Whether a condition holds, `.` being this item's answer. */
  holds(condition: Condition, item: Item): boolean {
    const scope = { self: this.valueOf(item), question: (name: string) => this.question(name) };
    return truth(evaluate(condition.expression, scope));
  }

  private question(name: string): Value {
    const item = this.byName.get(name);
    if (item) return this.applies(item) ? this.valueOf(item) : '';
    const cell = this.member?.item.id === name ? this.member.cell : undefined;
    return cell?.kind === 'named' ? displayCell(cell.raw) : '';
  }

  private valueOf(item: Item): Value {
    return answerValue(this.answerOf.get(item)?.parsed);
  }
}
