import type { ValidationPlan } from '../../../core';
import { dropdownSource } from '../../look';
import { escapeAttribute, escapeText } from '../package/xml';
import { excelText } from './excel-text';
import { areaA1 } from './sheet-reference';

/**
 * The plan's dropdowns: list validations that allow a blank and refuse anything off the list. The
 * plan's prompt is shown both when a cell is chosen and when a value is refused.
 */
export function dataValidationsXml(validations: readonly ValidationPlan[] = []): string {
  if (validations.length === 0) return '';
  return `<dataValidations count="${validations.length}">${validations.map(dataValidationXml).join('')}</dataValidations>`;
}

function dataValidationXml({ range, list, prompt }: ValidationPlan): string {
  const source = dropdownSource(list);
  const formula = 'inline' in source ? `"${source.inline}"` : source.reference;
  const messages = prompt === undefined ? '' : promptAttributes(prompt.title, prompt.message);
  return (
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${messages} sqref="${areaA1(range)}">` +
    `<formula1>${escapeText(excelText(formula))}</formula1></dataValidation>`
  );
}

function promptAttributes(title: string, message: string): string {
  const [t, m] = [title, message].map((text) => escapeAttribute(excelText(text)));
  return ` errorTitle="${t}" error="${m}" promptTitle="${t}" prompt="${m}"`;
}
