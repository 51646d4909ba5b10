import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { MemberQuestionFieldProps, MemberQuestionFieldState } from './MemberQuestionField.types';
import { useMemberQuestionField } from './useMemberQuestionField';
import { useMemberQuestionFieldStyles } from './useMemberQuestionFieldStyles.styles';

export function renderMemberQuestionField(state: MemberQuestionFieldState, styles: ReturnType<typeof useMemberQuestionFieldStyles>) {
  const { strings } = state;
  const missing = !state.chosen;
  return (
    <Field
      label={strings.memberQuestion}
      hint={missing ? null : strings.memberQuestionHint}
      validationState={missing ? 'warning' : 'none'}
      validationMessage={missing ? strings.memberQuestionMissing : null}
    >
      <Dropdown
        className={styles.dropdown}
        placeholder={strings.memberQuestionPlaceholder}
        value={state.value}
        selectedOptions={state.chosen ? [state.chosen.id] : []}
        disabled={state.disabled}
        onOptionSelect={(_, data) => data.optionValue && state.onChoose(data.optionValue)}
      >
        {state.options.map((option) => (
          <Option key={option.name} value={option.name} text={option.text}>
            {option.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** For an XLSForm questionnaire: the question whose answer names the Member, as the form says or the user chooses. */
export function MemberQuestionField(props: MemberQuestionFieldProps) {
  return renderMemberQuestionField(useMemberQuestionField(props), useMemberQuestionFieldStyles());
}
