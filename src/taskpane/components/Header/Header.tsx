import { Button, Subtitle1, Tooltip } from '@fluentui/react-components';
import type { HeaderProps, HeaderState } from './Header.types';
import { useHeader } from './useHeader';
import { useHeaderStyles } from './useHeaderStyles.styles';

export function renderHeader(state: HeaderState, styles: ReturnType<typeof useHeaderStyles>) {
  const other = state.otherLanguage;
  return (
    <header className={styles.root}>
      <img src="assets/icon-32.png" width={24} height={24} alt="" />
      <Subtitle1 as="h1" className={styles.title}>
        {state.title}
      </Subtitle1>
      <Tooltip content={<span lang={other.code}>{other.hint}</span>} relationship="description">
        <Button appearance="subtle" size="small" lang={other.code} onClick={state.onSwitchLanguage}>
          {other.name}
        </Button>
      </Tooltip>
    </header>
  );
}

/** The pane's title, and the switch to the other language. */
export function Header(props: HeaderProps) {
  return renderHeader(useHeader(props), useHeaderStyles());
}
