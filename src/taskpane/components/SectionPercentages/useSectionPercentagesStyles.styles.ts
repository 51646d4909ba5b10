import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionPercentagesStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  percent: { width: '6.5em' },
  track: {
    display: 'block',
    height: '4px',
    marginTop: '3px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  bar: { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
});
