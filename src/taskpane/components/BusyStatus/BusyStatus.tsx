import { Button, ProgressBar, Spinner } from '@fluentui/react-components';
import type { BusyStatusProps, BusyStatusState } from './BusyStatus.types';
import { useBusyStatus } from './useBusyStatus';
import { useBusyStatusStyles } from './useBusyStatusStyles.styles';

export function renderBusyStatus(state: BusyStatusState, styles: ReturnType<typeof useBusyStatusStyles>) {
  return (
    <div className={styles.root}>
      {/* The stage is announced; the counts, which change every moment, are only shown. */}
      <div role="status" aria-live="polite" className={styles.stage}>
        {state.label && <Spinner size="extra-tiny" labelPosition="after" label={state.label} />}
        {state.label && state.cancel && (
          <Button size="small" appearance="secondary" onClick={state.cancel}>
            {state.cancelLabel}
          </Button>
        )}
      </div>
      {state.count && (
        <div className={styles.count}>
          <ProgressBar value={state.count.fraction} thickness="large" aria-label={state.count.text} />
          <span aria-hidden>{state.count.text}</span>
        </div>
      )}
    </div>
  );
}

/** The work in progress: its stage, announced to screen readers, how far it is, and a way to stop it where it can be stopped. */
export function BusyStatus(props: BusyStatusProps) {
  return renderBusyStatus(useBusyStatus(props), useBusyStatusStyles());
}
