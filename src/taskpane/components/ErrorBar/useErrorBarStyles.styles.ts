import { makeStyles } from '@fluentui/react-components';

export const useErrorBarStyles = makeStyles({
  // Long messages wrap in a narrow pane instead of being cut off.
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});
