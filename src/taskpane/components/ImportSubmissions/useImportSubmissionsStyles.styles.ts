import { makeStyles, tokens } from '@fluentui/react-components';

export const useImportSubmissionsStyles = makeStyles({
  // The frame's, closer together: a step within the Check screen.
  root: { gap: tokens.spacingVerticalS },
  file: { overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3 },
});
