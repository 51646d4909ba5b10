import { Spinner } from '@fluentui/react-components';
import type { BusyStatusProps, BusyStatusState } from './BusyStatus.types';
import { useBusyStatus } from './useBusyStatus';
import { useBusyStatusStyles } from './useBusyStatusStyles.styles';

export function renderBusyStatus(state: BusyStatusState, styles: ReturnType<typeof useBusyStatusStyles>) {
  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {state.label && <Spinner size="extra-tiny" labelPosition="after" label={state.label} />}
    </div>
  );
}

/** The work in progress, with a spinner, announced to screen readers. */
export function BusyStatus(props: BusyStatusProps) {
  return renderBusyStatus(useBusyStatus(props), useBusyStatusStyles());
}
