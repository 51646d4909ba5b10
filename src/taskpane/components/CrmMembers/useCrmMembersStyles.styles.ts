import { makeStyles, tokens } from '@fluentui/react-components';

export const useCrmMembersStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  name: { marginRight: tokens.spacingHorizontalXS },
  stage: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  indicator: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: { overflowWrap: 'anywhere' },
  change: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3 },
});
