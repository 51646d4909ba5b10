import { makeStyles, tokens } from '@fluentui/react-components';

export const useHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, flexGrow: 1 },
});
