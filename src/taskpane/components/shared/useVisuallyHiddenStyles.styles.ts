import { makeStyles } from '@fluentui/react-components';

/** Read by screen readers, not shown: a live announcement of what the screen already shows. */
export const useVisuallyHiddenStyles = makeStyles({
  root: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
