import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckScreenStyles = makeStyles({
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});
