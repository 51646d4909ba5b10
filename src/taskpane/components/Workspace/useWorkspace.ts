import { useId } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import { useWorkbookSession } from '../../session/useWorkbookSession';
import type { ScreenId, WorkspaceProps, WorkspaceState } from './Workspace.types';

export function useWorkspace({ workbook, onWritten }: WorkspaceProps): WorkspaceState {
  const { strings } = useStrings();
  const session = useWorkbookSession(workbook, onWritten);
  const [screen, select] = useState<ScreenId>('check');
  const { label, ...labels } = strings.tabs;
  const audience = strings.audience[screen];
  return { session, screen, select, labels, tabListLabel: label, audience, idPrefix: useId('screen') };
}
