import { makeStyles, tokens } from '@fluentui/react-components';

export const useAnalyseScreenStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});
