import { makeStyles, tokens } from '@fluentui/react-components';

export const useFileBarStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  name: { margin: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});
