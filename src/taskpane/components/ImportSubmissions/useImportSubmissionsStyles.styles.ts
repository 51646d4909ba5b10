import { makeStyles, tokens } from '@fluentui/react-components';

export const useImportSubmissionsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  file: { overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3 },
});
