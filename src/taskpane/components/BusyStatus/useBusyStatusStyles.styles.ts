import { makeStyles } from '@fluentui/react-components';

export const useBusyStatusStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center' },
});
