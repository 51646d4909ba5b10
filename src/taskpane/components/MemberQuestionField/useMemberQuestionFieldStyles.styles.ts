import { makeStyles } from '@fluentui/react-components';

export const useMemberQuestionFieldStyles = makeStyles({
  // As wide as the pane allows, never wider: Fluent's minimum width would overflow a narrow pane.
  dropdown: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
});
