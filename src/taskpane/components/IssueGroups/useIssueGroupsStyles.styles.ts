import { createCustomFocusIndicatorStyle, createFocusOutlineStyle, makeStyles, shorthands, tokens } from '@fluentui/react-components';

const button = {
  // Fluent's focus ring is the button's ::after, placed around it: the button must be positioned.
  position: 'relative',
  width: '100%',
  textAlign: 'start',
  ...shorthands.border('0'),
  borderRadius: tokens.borderRadiusMedium,
  fontFamily: tokens.fontFamilyBase,
  cursor: 'pointer',
} as const;

/**
 * An issue's severity bar, kept when focused: Fluent's focus outline clears the focused element's border
 * colours, and is drawn around the bar rather than over it.
 */
const severityBar = (color: string) => ({ borderLeftColor: color, ...createCustomFocusIndicatorStyle({ borderLeftColor: color }) });
const aroundTheBar = { top: '0px', right: '0px', bottom: '0px', left: tokens.strokeWidthThick };

export const useIssueGroupsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, marginBottom: tokens.spacingVerticalS },
  filter: { flex: '1 1 10rem', minWidth: 0 },
  // As wide as its field, never wider: Fluent's minimum width would overflow a narrow pane.
  dropdown: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  // Always in the page, for screen readers to say each new count; takes no room while empty.
  showing: { margin: 0, color: tokens.colorNeutralForeground2, ':not(:empty)': { marginBottom: tokens.spacingVerticalS } },
  // Its padding leaves room for the focus ring, which the scrolling would otherwise clip.
  view: { maxHeight: '70vh', overflowY: 'auto', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}` },
  groupHeading: { margin: 0, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXXS} 0` },
  toggle: {
    ...button,
    ...createFocusOutlineStyle(),
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  chevron: {
    width: '6px',
    height: '6px',
    flexShrink: 0,
    margin: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `${tokens.strokeWidthThick} solid currentColor`,
    borderBottom: `${tokens.strokeWidthThick} solid currentColor`,
    transform: 'rotate(-45deg)',
  },
  chevronOpen: { transform: 'rotate(45deg)' },
  title: { marginRight: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  severity: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  // Spacing inside the item, not between items: a row's measured height is then all the room it takes.
  item: { paddingBottom: tokens.spacingVerticalXS },
  issue: {
    ...button,
    ...createFocusOutlineStyle({ style: { outlineOffset: aroundTheBar } }),
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  error: severityBar(tokens.colorPaletteRedBorder2),
  warning: severityBar(tokens.colorPaletteYellowBorder2),
  chosen: { backgroundColor: tokens.colorNeutralBackground1Selected },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  message: { overflowWrap: 'anywhere' },
  note: {
    display: 'block',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
  },
});
