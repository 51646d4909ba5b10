import type { ValidationPlan } from '../../../core';
import { dropdownSource } from '../../look';
import type { ExcelExtras } from '../requirements';
import { cellRange } from './cell-range';
import type { StagedSheet } from './staging';

/**
 * The plan's dropdowns, as the file host writes them: a list that allows a blank and refuses anything
 * else, with the plan's prompt shown on choosing a cell and on refusing a value. They need ExcelApi
 * 1.8; an older Excel gets the sheet without them, its cells, answers and protection the same, since
 * nothing else depends on them (and `check` still reports an answer off the scale).
 */
export function addDropdowns({ plan, sheet }: StagedSheet, extras: ExcelExtras): void {
  if (!extras.dropdowns) return;
  plan.validations?.forEach((validation) => addDropdown(sheet, validation));
}

function addDropdown(sheet: Excel.Worksheet, { range, list, prompt }: ValidationPlan): void {
  const source = dropdownSource(list);
  const validation = cellRange(sheet, range).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: 'inline' in source ? source.inline : `=${source.reference}` } };
  if (prompt === undefined) return;
  validation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
  validation.errorAlert = { showAlert: true, style: 'Stop', title: prompt.title, message: prompt.message };
}
