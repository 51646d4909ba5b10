import { makeStyles, tokens } from '@fluentui/react-components';

export const useTemplateScreenStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
});
