import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option, Radio, RadioGroup } from '@fluentui/react-components';
import type { CompareKind } from '../../i18n/strings';
import { ComparisonTable } from '../ComparisonTable/ComparisonTable';
import { WORKBOOK_TASKS } from '../../tasks/busy-task';
import { BusyStatus } from '../BusyStatus/BusyStatus';
import { ScreenFrame } from '../ScreenFrame/ScreenFrame';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { CompareScreenState } from './CompareScreen.types';
import { useCompareScreen } from './useCompareScreen';
import { useCompareScreenStyles } from './useCompareScreenStyles.styles';

const KINDS: readonly CompareKind[] = ['member', 'region', 'round'];

type Styles = ReturnType<typeof useCompareScreenStyles> & { readonly announce: string };

function renderSubject(state: CompareScreenState, styles: Styles) {
  const { strings, kind, options } = state;
  const empty = kind === 'member' ? strings.noMembers : kind === 'round' ? strings.noRounds : undefined;
  if (options.length === 0 && empty) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{empty}</MessageBarBody>
      </MessageBar>
    );
  }
  const selectedName = options.find((o) => o.value === state.selected)?.name ?? '';
  return (
    <Field label={strings[kind]}>
      <Dropdown
        className={styles.dropdown}
        placeholder={strings.choose}
        value={selectedName}
        selectedOptions={state.selected ? [state.selected] : []}
        onOptionSelect={(_, data) => data.optionValue && state.select(data.optionValue)}
      >
        {options.map((option) => (
          <Option key={option.value} value={option.value}>
            {option.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function renderWritten(state: CompareScreenState) {
  const { strings, written } = state;
  if (written?.kind === 'comparison') return strings.written;
  if (written?.kind === 'profile') {
    const printed = written.pageLayoutNeeds ? ` ${strings.profilePrintsAsExcelSetsIt(written.pageLayoutNeeds)}` : '';
    return strings.profileWritten(written.sheet, written.member, written.language) + printed;
  }
  return null;
}

function renderShown(state: CompareScreenState, styles: Styles) {
  const { shown } = state;
  if (!shown) return null;
  return (
    <>
      <h3 className={styles.heading}>{shown.subject}</h3>
      <ComparisonTable preview={shown.preview} />
    </>
  );
}

export function renderCompareScreen(state: CompareScreenState, styles: Styles) {
  const { strings } = state;
  const cannot = state.busy || !state.choice;
  return (
    <ScreenFrame
      intro={strings.intros[state.kind]}
      beforeActions={
        <>
          <Field label={strings.kind}>
            <RadioGroup value={state.kind} onChange={(_, data) => state.setKind(data.value as CompareKind)}>
              {KINDS.map((kind) => (
                <Radio key={kind} value={kind} label={strings.kinds[kind]} />
              ))}
            </RadioGroup>
          </Field>
          {renderSubject(state, styles)}
        </>
      }
      actions={
        <>
          <Button appearance="primary" disabledFocusable={cannot} onClick={state.preview}>
            {strings.preview}
          </Button>
          <Button disabledFocusable={cannot} onClick={state.write}>
            {strings.write}
          </Button>
          {state.kind === 'member' && (
            <Button disabledFocusable={state.busy || !state.profileSheet} onClick={state.writeProfile} aria-describedby={state.profileHintId}>
              {strings.writeProfile}
            </Button>
          )}
        </>
      }
      // The profile button's description, said when it is reached: before a Member is chosen, why it waits.
      afterActions={
        state.kind === 'member' && (
          <Caption1 id={state.profileHintId} className={styles.hint}>
            {state.profileSheet ? strings.profileHint(state.profileSheet) : strings.profileNeedsMember}
          </Caption1>
        )
      }
      status={<BusyStatus tasks={WORKBOOK_TASKS} />}
      error={state.error}
      written={renderWritten(state)}
    >
      <div role="status" className={styles.announce}>
        {state.shown && strings.ready(state.shown.subject)}
      </div>
      {renderShown(state, styles)}
    </ScreenFrame>
  );
}

/**
 * Compare: a Member against all respondents and its region, a region against the other respondents, or two
 * rounds; preview, then write. A Member's profile, the page sent back to it, is written from here too.
 */
export function CompareScreen() {
  const styles = { ...useCompareScreenStyles(), announce: useVisuallyHiddenStyles().root };
  return renderCompareScreen(useCompareScreen(), styles);
}
