import { makeStyles, tokens } from '@fluentui/react-components';

export const useWorkspaceStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Five tabs (the CRM one named short) barely fit a 350-pixel pane in French: tighter than Fluent's
  // padding, and wrapping rather than scrolling out of sight when the pane is narrower still.
  // The tab labels line up with the text below; the tab list may take the pane's right margin.
  tabs: {
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  // Belongs to the tab list: closer to it than to the screen below.
  audience: {
    marginTop: `calc(${tokens.spacingVerticalXS} - ${tokens.spacingVerticalM})`,
    marginBottom: 0,
    color: tokens.colorNeutralForeground3,
  },
});
