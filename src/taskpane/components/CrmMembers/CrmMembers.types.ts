import type { CrmEvaluation, IndicatorStatus } from '../../../core';
import type { CrmStrings } from '../../i18n/strings';

export interface CrmMembersProps {
  readonly evaluation: CrmEvaluation;
}

export interface IndicatorView {
  readonly key: string;
  readonly label: string;
  readonly status: IndicatorStatus;
  readonly statusText: string;
  /** "1996: 12% → 1998: 15%". */
  readonly change: string;
}

export interface MemberView {
  readonly code: string;
  readonly name: string;
  readonly summary: string;
  /** The Member's CRM stage, as far as its rows go. */
  readonly stage?: string;
  readonly indicators: readonly IndicatorView[];
}

export interface CrmMembersState {
  readonly strings: CrmStrings;
  readonly members: readonly MemberView[];
}
