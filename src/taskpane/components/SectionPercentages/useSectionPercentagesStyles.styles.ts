import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionPercentagesStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Wide enough for "100 % (93–100)" on one line, the bar beneath.
  percent: { width: '9em' },
  interval: { color: tokens.colorNeutralForeground3 },
  track: {
    display: 'block',
    height: '4px',
    marginTop: '3px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  legend: { display: 'block', margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  bar: { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
});
