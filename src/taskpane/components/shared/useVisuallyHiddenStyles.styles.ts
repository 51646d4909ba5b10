import { makeStyles } from '@fluentui/react-components';

/** Read by screen readers, not shown: what the screen already shows otherwise (a live announcement, a screen's heading). */
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
