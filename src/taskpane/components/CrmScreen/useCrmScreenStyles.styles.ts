import { makeStyles, tokens } from '@fluentui/react-components';

export const useCrmScreenStyles = makeStyles({
  text: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});
