import type { BaseOption, Language, Settings } from '../../core';

/** The Analyse screen's settings as typed: First responses and Population are text until they are whole numbers. */
export interface SettingsForm {
  readonly firstResponses: string;
  /** Empty: the Members of the registry. */
  readonly population: string;
  /** Absent: the default (answered), or whatever the Settings sheet says. */
  readonly base?: BaseOption;
  /** Absent: the pane's language, or whatever the Settings sheet says. */
  readonly language?: Language;
  /** An XLSForm's question naming the Member, chosen on the Check screen; absent: the Settings sheet's, or the form's `member`/`country`. */
  readonly memberQuestion?: string;
}

export const EMPTY_FORM: SettingsForm = { firstResponses: '', population: '' };

export function formOfSettings(settings: Settings): SettingsForm {
  return {
    firstResponses: settings.firstResponses === undefined ? '' : String(settings.firstResponses),
    population: settings.population === undefined ? '' : String(settings.population),
    ...(settings.base ? { base: settings.base } : {}),
    ...(settings.language ? { language: settings.language } : {}),
    ...(settings.memberQuestion ? { memberQuestion: settings.memberQuestion } : {}),
  };
}

/** Whether the text is empty or a whole number, 1 or more. */
function emptyOrWhole(text: string): boolean {
  return /^\s*([1-9]\d*)?\s*$/.test(text);
}

/** Whether First responses is empty (count all) or a whole number, 1 or more. */
export function firstResponsesValid(text: string): boolean {
  return emptyOrWhole(text);
}

/** Whether Population is empty (the Members of the registry) or a whole number, 1 or more. */
export function populationValid(text: string): boolean {
  return emptyOrWhole(text);
}

/** Whether every field of the form holds a value the settings can take. */
export function formValid(form: SettingsForm): boolean {
  return firstResponsesValid(form.firstResponses) && populationValid(form.population);
}

/** The settings the form says; undefined while First responses or Population is not valid. */
export function settingsOfForm(form: SettingsForm): Settings | undefined {
  if (!formValid(form)) return undefined;
  const first = form.firstResponses.trim();
  const population = form.population.trim();
  return {
    ...(first ? { firstResponses: Number(first) } : {}),
    ...(population ? { population: Number(population) } : {}),
    ...(form.base ? { base: form.base } : {}),
    ...(form.language ? { language: form.language } : {}),
    ...(form.memberQuestion ? { memberQuestion: form.memberQuestion } : {}),
  };
}
