import { makeStyles, tokens } from '@fluentui/react-components';

export const useComparisonTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  gives: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  mark: { whiteSpace: 'nowrap' },
  significant: { fontWeight: tokens.fontWeightBold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});
