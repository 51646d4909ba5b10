import type { MemberStatus } from '../analyse/compare';
import { reasonsText } from '../check/reasons';
import type { Language } from '../i18n/language';

/** How a sheet says why a Member's submission is not counted: the Comparison sheet's notes, a profile's line. */
export interface NotCountedWords {
  readonly notCountedErrors: (errors: string) => string;
  readonly notCountedCutoff: (first: number) => string;
  readonly notCountedEmpty: string;
  readonly notCountedAbsent: string;
}

/** Why the submission is not counted, in the sheet's words, its errors named in words, never by their codes. */
export function notCountedText(status: Exclude<MemberStatus, { kind: 'counted' }>, words: NotCountedWords, lang: Language): string {
  switch (status.kind) {
    case 'errors':
      return words.notCountedErrors(reasonsText(status.reasons, lang));
    case 'cutoff':
      return words.notCountedCutoff(status.first);
    case 'empty':
      return words.notCountedEmpty;
    case 'not-respondent':
      return words.notCountedAbsent;
  }
}
