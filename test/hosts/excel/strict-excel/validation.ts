import type { StrictContext } from './context';
import { richApiError } from './errors';
import type { RangeRef, ValidationModel } from './model';
import { StrictObject, type Source } from './strict-object';

/** Excel's limits on a list's inline source, and on a prompt's or alert's title and message. */
const LIST_LIMIT = 255;
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

type ValidationMembers = 'rule' | 'prompt' | 'errorAlert';

/** A range's data validation (ExcelApi 1.8), kept per rectangle; a protected sheet refuses every change to it. */
export class StrictDataValidation extends StrictObject<RangeRef> implements Pick<Excel.DataValidation, ValidationMembers> {
  constructor(context: StrictContext, source: Source<RangeRef>) {
    super(context, 'DataValidation', source);
  }

  get rule(): Excel.DataValidationRule {
    return this.property('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.assign('rule', rule, (ref) => {
      const source = rule.list?.source;
      if (typeof source === 'string' && !source.startsWith('=') && source.length > LIST_LIMIT) throw richApiError('InvalidArgument', 'The list is too long.');
      validationOf(ref).rule = rule;
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.property('prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.assign('prompt', prompt, (ref) => (validationOf(ref, prompt).prompt = prompt));
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.property('errorAlert');
  }
  set errorAlert(errorAlert: Excel.DataValidationErrorAlert) {
    this.assign('errorAlert', errorAlert, (ref) => (validationOf(ref, errorAlert).errorAlert = errorAlert));
  }

  propertyOf(ref: RangeRef, property: string): unknown {
    if (property !== 'rule' && property !== 'prompt' && property !== 'errorAlert') return this.unsupported(property);
    return validationAt(ref)?.[property] ?? null;
  }
}

function validationAt(ref: RangeRef): ValidationModel | undefined {
  const same = (other: RangeRef) => other.row === ref.row && other.column === ref.column && other.rows === ref.rows && other.columns === ref.columns;
  return ref.sheet.validations.find((validation) => same(validation.ref));
}

/** The rectangle's validation, made when it has none; the texts, if given, within Excel's limits. */
function validationOf(ref: RangeRef, texts?: { title: string; message: string }): ValidationModel {
  ref.sheet.assertUnprotected();
  if (texts !== undefined && (texts.title.length > TITLE_LIMIT || texts.message.length > MESSAGE_LIMIT)) {
    throw richApiError('InvalidArgument', 'The title or the message is too long.');
  }
  const existing = validationAt(ref);
  if (existing !== undefined) return existing;
  const added: ValidationModel = { ref };
  ref.sheet.validations.push(added);
  return added;
}
