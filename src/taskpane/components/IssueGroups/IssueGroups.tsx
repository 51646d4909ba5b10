import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, mergeClasses } from '@fluentui/react-components';
import type { Severity } from '../../../core';
import { useVisuallyHiddenStyles } from '../shared/useVisuallyHiddenStyles.styles';
import type { IssueGroup, IssueView } from './group-issues';
import type { IssueGroupsProps, IssueGroupsState } from './IssueGroups.types';
import { useIssueGroups } from './useIssueGroups';
import { useIssueGroupsStyles } from './useIssueGroupsStyles.styles';

type Styles = ReturnType<typeof useIssueGroupsStyles> & { readonly hidden: string };

const BADGE_COLOR = { error: 'danger', warning: 'warning' } as const;

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

function renderIssue(state: IssueGroupsState, styles: Styles, view: IssueView) {
  const chosen = state.chosen?.key === view.key;
  return (
    <li key={view.key}>
      <button
        type="button"
        className={mergeClasses(styles.issue, styles[view.severity], chosen && styles.chosen)}
        aria-current={chosen || undefined}
        onClick={() => state.onChoose(view)}
      >
        <span className={styles.hidden}>{state.strings.severityName[view.severity]}: </span>
        <span className={styles.where}>
          {[view.where, view.about && state.strings[view.about.kind](view.about.id)].filter(Boolean).join(' · ')}
        </span>
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

/** A group's errors, then its warnings; each under a heading only when the group has both. */
function renderSeverity(state: IssueGroupsState, styles: Styles, severity: Severity, group: IssueGroup) {
  const views = severity === 'error' ? group.errors : group.warnings;
  if (views.length === 0) return null;
  const both = group.errors.length > 0 && group.warnings.length > 0;
  return (
    <>
      {both && <h4 className={styles.severity}>{state.strings.severity[severity](views.length)}</h4>}
      <ul className={styles.list}>{views.map((view) => renderIssue(state, styles, view))}</ul>
    </>
  );
}

export function renderIssueGroups(state: IssueGroupsState, styles: Styles) {
  return (
    <Accordion multiple collapsible openItems={[...state.openItems]} onToggle={(_, data) => state.setOpenItems(data.openItems.map(String))}>
      {state.groups.map((group) => (
        <AccordionItem key={group.key} value={group.key} className={styles.group}>
          <AccordionHeader as="h3" size="small">
            <span className={styles.header}>
              <span className={styles.title}>{group.title}</span>
              {renderBadges(state, group)}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {renderSeverity(state, styles, 'error', group)}
            {renderSeverity(state, styles, 'warning', group)}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** The issues of a check by Member, each group with its count of errors and warnings. */
export function IssueGroups(props: IssueGroupsProps) {
  const styles = { ...useIssueGroupsStyles(), hidden: useVisuallyHiddenStyles().root };
  return renderIssueGroups(useIssueGroups(props), styles);
}
