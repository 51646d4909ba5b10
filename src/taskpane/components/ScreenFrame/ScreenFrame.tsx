import { Body1, MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import type { ScreenFrameProps, ScreenFrameState } from './ScreenFrame.types';
import { useScreenFrame } from './useScreenFrame';
import { useScreenFrameStyles } from './useScreenFrameStyles.styles';

export function renderScreenFrame(state: ScreenFrameState, styles: ReturnType<typeof useScreenFrameStyles>) {
  const Root = state.as;
  return (
    <Root className={mergeClasses(styles.root, state.className)}>
      {state.intro ? (
        <Body1 as="p" className={styles.intro}>
          {state.intro}
        </Body1>
      ) : null}
      {state.beforeActions}
      <div className={styles.actions}>{state.actions}</div>
      {state.afterActions}
      {state.status}
      <ErrorBar error={state.error} />
      {state.written ? (
        <MessageBar intent="success" layout={state.writtenLayout}>
          <MessageBarBody>{state.written}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.children}
    </Root>
  );
}

/** A screen's frame: its intro, its buttons, the work in progress, what went wrong and what was written, always in that order. */
export function ScreenFrame(props: ScreenFrameProps) {
  return renderScreenFrame(useScreenFrame(props), useScreenFrameStyles());
}
