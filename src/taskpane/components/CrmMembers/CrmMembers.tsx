import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge } from '@fluentui/react-components';
import type { IndicatorStatus } from '../../../core';
import type { CrmMembersProps, CrmMembersState, IndicatorView, MemberView } from './CrmMembers.types';
import { useCrmMembers } from './useCrmMembers';
import { useCrmMembersStyles } from './useCrmMembersStyles.styles';

type Styles = ReturnType<typeof useCrmMembersStyles>;

const STATUS_COLOR = {
  improved: 'success',
  declined: 'danger',
  unchanged: 'informative',
  'not-measured': 'subtle',
} as const satisfies Record<IndicatorStatus, string>;

function renderIndicator(indicator: IndicatorView, styles: Styles) {
  return (
    <li key={indicator.key} className={styles.indicator}>
      <span className={styles.label}>{indicator.label}</span>
      <Badge appearance="tint" size="small" color={STATUS_COLOR[indicator.status]}>
        {indicator.statusText}
      </Badge>
      <span className={styles.change}>{indicator.change}</span>
    </li>
  );
}

function renderMember(member: MemberView, styles: Styles) {
  return (
    <AccordionItem key={member.code} value={member.code}>
      <AccordionHeader as="h3" size="small">
        <span className={styles.header}>
          <span className={styles.name}>{member.name}</span>
          <Badge appearance="outline" size="small" color="informative">
            {member.summary}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {member.stage && <p className={styles.stage}>{member.stage}</p>}
        <ul className={styles.list}>{member.indicators.map((indicator) => renderIndicator(indicator, styles))}</ul>
      </AccordionPanel>
    </AccordionItem>
  );
}

export function renderCrmMembers(state: CrmMembersState, styles: Styles) {
  return (
    <Accordion multiple collapsible defaultOpenItems={state.members.slice(0, 1).map((m) => m.code)}>
      {state.members.map((member) => renderMember(member, styles))}
    </Accordion>
  );
}

/** Each Member's CRM indicators from baseline to follow-up: improved, declined or unchanged. */
export function CrmMembers(props: CrmMembersProps) {
  return renderCrmMembers(useCrmMembers(props), useCrmMembersStyles());
}
