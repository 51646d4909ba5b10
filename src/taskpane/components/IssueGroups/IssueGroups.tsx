import { Badge, Caption1, Dropdown, Field, mergeClasses, Option } from '@fluentui/react-components';
import type { IssueFilterField } from '../../i18n/strings';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { IssueGroup } from './group-issues';
import type { GroupHeader, IssueItem, RowRun, SeverityHeading } from './issue-rows';
import type { IssueGroupsProps, IssueGroupsState } from './IssueGroups.types';
import { moveFocus } from './move-focus';
import { useIssueGroups } from './useIssueGroups';
import { useIssueGroupsStyles } from './useIssueGroupsStyles.styles';

type Styles = ReturnType<typeof useIssueGroupsStyles> & { readonly hidden: string };

const BADGE_COLOR = { error: 'danger', warning: 'warning' } as const;
const FILTERS: readonly IssueFilterField[] = ['severity', 'member', 'code'];

function renderFilter(state: IssueGroupsState, styles: Styles, field: IssueFilterField) {
  const options = state.options[field];
  const chosen = state.filter[field];
  return (
    <Field key={field} label={state.strings.filters[field].label} className={styles.filter}>
      <Dropdown
        className={styles.dropdown}
        value={options.find((option) => option.value === chosen)?.text ?? ''}
        selectedOptions={[chosen]}
        onOptionSelect={(_, data) => data.optionValue && state.filterBy(field, data.optionValue)}
      >
        {options.map((option) => (
          <Option key={option.value} value={option.value}>
            {option.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function renderBadges(state: IssueGroupsState, group: IssueGroup) {
  return (['error', 'warning'] as const).map((severity) => {
    const n = (severity === 'error' ? group.errors : group.warnings).length;
    return (
      n > 0 && (
        <Badge key={severity} appearance="tint" color={BADGE_COLOR[severity]} size="small">
          {state.strings.severity[severity](n)}
        </Badge>
      )
    );
  });
}

function renderHeader(state: IssueGroupsState, styles: Styles, row: GroupHeader) {
  return (
    <h3 key={row.key} data-row={row.key} className={styles.groupHeading}>
      <button type="button" aria-expanded={row.open} className={styles.toggle} onClick={() => state.toggle(row.group.key)}>
        <span aria-hidden className={mergeClasses(styles.chevron, row.open && styles.chevronOpen)} />
        <span className={styles.title}>{row.group.title}</span>
        {renderBadges(state, row.group)}
      </button>
    </h3>
  );
}

/** Over a group's errors, then its warnings, when the group has both. */
function renderSeverity(state: IssueGroupsState, styles: Styles, row: SeverityHeading) {
  return (
    <h4 key={row.key} data-row={row.key} className={styles.severity}>
      {state.strings.severity[row.severity](row.count)}
    </h4>
  );
}

function renderIssue(state: IssueGroupsState, styles: Styles, { key, view, place, of }: IssueItem) {
  const chosen = state.chosen?.key === view.key;
  return (
    <li key={key} data-row={key} aria-posinset={place} aria-setsize={of} className={styles.item}>
      <button
        type="button"
        className={mergeClasses(styles.issue, styles[view.severity], chosen && styles.chosen)}
        aria-current={chosen || undefined}
        onClick={() => state.onChoose(view)}
      >
        <span className={styles.hidden}>{state.strings.severityName[view.severity]}: </span>
        <span className={styles.where}>{[view.where, view.about && state.strings[view.about.kind](view.about.id)].filter(Boolean).join(' · ')}</span>
        <span className={styles.message}>{view.message}</span>
      </button>
      {chosen && state.chosen?.note && (
        <span role="status" className={styles.note}>
          {state.chosen.note}
        </span>
      )}
    </li>
  );
}

function renderRun(state: IssueGroupsState, styles: Styles, run: RowRun) {
  if (!('kind' in run)) {
    // Keyed by the list, not its first row drawn: scrolling then keeps the list, and the focus within it.
    return (
      <ul key={run[0].list} className={styles.list}>
        {run.map((item) => renderIssue(state, styles, item))}
      </ul>
    );
  }
  return run.kind === 'group' ? renderHeader(state, styles, run) : renderSeverity(state, styles, run);
}

/** Only the rows in view are drawn; a spacer above and below stands for the others, so the scroll bar stays true. */
function renderList(state: IssueGroupsState, styles: Styles) {
  return (
    <div ref={state.viewRef} role="group" aria-label={state.strings.issueList} className={styles.view} onScroll={state.onScroll} onKeyDown={moveFocus}>
      {state.above > 0 && <div style={{ height: state.above }} />}
      {state.runs.map((run) => renderRun(state, styles, run))}
      {state.below > 0 && <div style={{ height: state.below }} />}
    </div>
  );
}

export function renderIssueGroups(state: IssueGroupsState, styles: Styles) {
  return (
    <div className={styles.root}>
      <div className={styles.filters}>{FILTERS.map((field) => renderFilter(state, styles, field))}</div>
      <Caption1 as="p" role="status" className={styles.showing}>
        {state.showing}
      </Caption1>
      {renderList(state, styles)}
    </div>
  );
}

/** The issues of a check by Member, each group with its count of errors and warnings, filtered as the user chooses. */
export function IssueGroups(props: IssueGroupsProps) {
  const styles = { ...useIssueGroupsStyles(), hidden: useVisuallyHiddenStyles().root };
  return renderIssueGroups(useIssueGroups(props), styles);
}
