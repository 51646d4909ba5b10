import { Caption1, Tab, TabList } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { SessionProvider } from '../../session/session';
import { AnalyseScreen } from '../AnalyseScreen/AnalyseScreen';
import { CheckScreen } from '../CheckScreen/CheckScreen';
import { CompareScreen } from '../CompareScreen/CompareScreen';
import { CrmScreen } from '../CrmScreen/CrmScreen';
import { ROVING_TAB_LIST, rovingTab } from '../shared/rovingTabs';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import { TemplateScreen } from '../TemplateScreen/TemplateScreen';
import { SCREENS, type ScreenId, type WorkspaceProps, type WorkspaceState } from './Workspace.types';
import { useWorkspace } from './useWorkspace';
import { useWorkspaceStyles } from './useWorkspaceStyles.styles';

const SCREEN: Readonly<Record<ScreenId, () => ReactNode>> = {
  check: () => <CheckScreen />,
  analyse: () => <AnalyseScreen />,
  compare: () => <CompareScreen />,
  crm: () => <CrmScreen />,
  template: () => <TemplateScreen />,
};

type Styles = ReturnType<typeof useWorkspaceStyles> & { readonly hidden: string };

export function renderWorkspace(state: WorkspaceState, styles: Styles) {
  const id = (part: string, screen: ScreenId) => `${state.idPrefix}-${part}-${screen}`;
  return (
    <SessionProvider value={state.session}>
      <div className={styles.root}>
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={state.tabListLabel}
          selectedValue={state.screen}
          onTabSelect={(_, data) => state.select(data.value as ScreenId)}
          {...ROVING_TAB_LIST}
        >
          {SCREENS.map((screen) => (
            <Tab
              key={screen}
              className={styles.tab}
              value={screen}
              id={id('tab', screen)}
              aria-controls={id('panel', screen)}
              {...rovingTab(screen === state.screen)}
            >
              {state.labels[screen]}
            </Tab>
          ))}
        </TabList>
        <Caption1 as="p" className={styles.audience}>
          {state.audience}
        </Caption1>
        {/* Every screen stays mounted, so that its results survive a look at another tab. */}
        {SCREENS.map((screen) => (
          <div key={screen} role="tabpanel" id={id('panel', screen)} aria-labelledby={id('tab', screen)} hidden={screen !== state.screen}>
            {/* The outline under the pane's title: each screen's headings start at h3. */}
            <h2 className={styles.hidden}>{state.labels[screen]}</h2>
            {SCREEN[screen]()}
          </div>
        ))}
      </div>
    </SessionProvider>
  );
}

/** The screens of one workbook, as tabs: Check, Analyse, Compare, CRM indicators, Template. */
export function Workspace(props: WorkspaceProps) {
  return renderWorkspace(useWorkspace(props), { ...useWorkspaceStyles(), hidden: useVisuallyHiddenStyles().root });
}
