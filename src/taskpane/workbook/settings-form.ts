import type { BaseOption, Language, Settings } from '../../core';

/** The Analyse screen's settings as typed: First responses is text until it is a whole number. */
export interface SettingsForm {
  readonly firstResponses: string;
  /** Absent: the default (answered), or whatever the Settings sheet says. */
  readonly base?: BaseOption;
  /** Absent: the pane's language, or whatever the Settings sheet says. */
  readonly language?: Language;
  /** An XLSForm's question naming the Member, chosen on the Check screen; absent: the Settings sheet's, or the form's `member`/`country`. */
  readonly memberQuestion?: string;
}

export const EMPTY_FORM: SettingsForm = { firstResponses: '' };

export function formOfSettings(settings: Settings): SettingsForm {
  return {
    firstResponses: settings.firstResponses === undefined ? '' : String(settings.firstResponses),
    ...(settings.base ? { base: settings.base } : {}),
    ...(settings.language ? { language: settings.language } : {}),
    ...(settings.memberQuestion ? { memberQuestion: settings.memberQuestion } : {}),
  };
}

/** Whether First responses is empty (count all) or a whole number, 1 or more. */
export function firstResponsesValid(text: string): boolean {
  return /^\s*([1-9]\d*)?\s*$/.test(text);
}

/** The settings the form says; undefined while First responses is not valid. */
export function settingsOfForm(form: SettingsForm): Settings | undefined {
  if (!firstResponsesValid(form.firstResponses)) return undefined;
  const first = form.firstResponses.trim();
  return {
    ...(first ? { firstResponses: Number(first) } : {}),
    ...(form.base ? { base: form.base } : {}),
    ...(form.language ? { language: form.language } : {}),
    ...(form.memberQuestion ? { memberQuestion: form.memberQuestion } : {}),
  };
}
