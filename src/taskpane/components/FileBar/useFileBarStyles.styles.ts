import { makeStyles, tokens } from '@fluentui/react-components';

export const useFileBarStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  name: { margin: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  heading: { margin: `${tokens.spacingVerticalL} 0 0` },
  roles: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  role: { display: 'flex', flexDirection: 'column' },
});
