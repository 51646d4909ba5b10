import { makeStyles } from '@fluentui/react-components';

export const useMemberPickerStyles = makeStyles({
  // As wide as the pane allows, never wider: Fluent's minimum width would overflow a narrow pane.
  combobox: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  listbox: { maxHeight: '50vh' },
});
