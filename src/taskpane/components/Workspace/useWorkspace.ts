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
  return { session, screen, select, labels, tabListLabel: label, idPrefix: useId('screen') };
}
