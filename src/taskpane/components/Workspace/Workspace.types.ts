import type { Session } from '../../session/session';
import type { PaneWorkbook } from '../../workbook/pane-workbook';

export const SCREENS = ['check', 'analyse', 'compare', 'crm', 'template'] as const;
export type ScreenId = (typeof SCREENS)[number];

export interface WorkspaceProps {
  readonly workbook: PaneWorkbook;
  readonly onWritten: () => void;
}

export interface WorkspaceState {
  readonly session: Session;
  readonly screen: ScreenId;
  readonly select: (screen: ScreenId) => void;
  readonly labels: Readonly<Record<ScreenId, string>>;
  readonly tabListLabel: string;
  /** Whom the selected screen is for. */
  readonly audience: string;
  /** Prefix of the tab and panel ids, unique in the page. */
  readonly idPrefix: string;
}
