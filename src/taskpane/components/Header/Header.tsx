import { Button, Caption1Strong, Tooltip } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { HeaderProps, HeaderState } from './Header.types';
import { useHeader } from './useHeader';
import { useHeaderStyles } from './useHeaderStyles.styles';

type Styles = ReturnType<typeof useHeaderStyles> & { readonly hidden: string };

export function renderHeader(state: HeaderState, styles: Styles) {
  const other = state.otherLanguage;
  return (
    <header className={styles.root}>
      {state.showTitle && <img className={styles.icon} src="assets/icon-16.png" srcSet="assets/icon-32.png 2x" width={16} height={16} alt="" />}
      <Caption1Strong as="h1" className={state.showTitle ? styles.title : styles.hidden}>
        {state.title}
      </Caption1Strong>
      <Tooltip content={<span lang={other.code}>{other.hint}</span>} relationship="description">
        <Button className={styles.language} appearance="subtle" size="small" lang={other.code} onClick={state.onSwitchLanguage}>
          {other.name}
        </Button>
      </Tooltip>
    </header>
  );
}

/** The pane's title (outside Office only), and the switch to the other language. */
export function Header(props: HeaderProps) {
  return renderHeader(useHeader(props), { ...useHeaderStyles(), hidden: useVisuallyHiddenStyles().root });
}
