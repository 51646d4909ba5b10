import { makeStyles, tokens } from '@fluentui/react-components';

export const useHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  icon: { flexShrink: 0 },
  title: { margin: 0 },
  // At the right, with or without the title beside it.
  language: { marginLeft: 'auto', flexShrink: 0 },
});
