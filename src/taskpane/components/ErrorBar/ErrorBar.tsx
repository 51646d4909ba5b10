import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ErrorBarProps, ErrorBarState } from './ErrorBar.types';
import { useErrorBar } from './useErrorBar';
import { useErrorBarStyles } from './useErrorBarStyles.styles';

export function renderErrorBar(state: ErrorBarState, styles: ReturnType<typeof useErrorBarStyles>) {
  if (!state.message) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>{state.message}</MessageBarBody>
    </MessageBar>
  );
}

/** A failure, said so that the user knows what to do next. */
export function ErrorBar(props: ErrorBarProps) {
  return renderErrorBar(useErrorBar(props), useErrorBarStyles());
}
