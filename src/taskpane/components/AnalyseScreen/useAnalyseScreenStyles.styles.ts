import { makeStyles, tokens } from '@fluentui/react-components';

export const useAnalyseScreenStyles = makeStyles({
  // The frame's, with more room between its parts: the results are long.
  root: { gap: tokens.spacingVerticalL },
  hint: { color: tokens.colorNeutralForeground3 },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});
