import { Combobox, Field, Option } from '@fluentui/react-components';
import type { MemberPickerProps, MemberPickerState } from './MemberPicker.types';
import { useMemberPicker } from './useMemberPicker';
import { useMemberPickerStyles } from './useMemberPickerStyles.styles';

export function renderMemberPicker(state: MemberPickerState, styles: ReturnType<typeof useMemberPickerStyles>) {
  const { strings } = state;
  return (
    <Field
      label={strings.member}
      hint={strings.memberHint}
      validationState={state.unmatched ? 'error' : 'none'}
      validationMessage={state.unmatched ? strings.unmatched : null}
    >
      <Combobox
        className={styles.combobox}
        listbox={{ className: styles.listbox }}
        placeholder={strings.memberPlaceholder}
        value={state.value}
        selectedOptions={[...state.selectedOptions]}
        onChange={(event) => state.type(event.target.value)}
        onOptionSelect={(_, data) => state.select(data.optionValue)}
        onBlur={state.leave}
      >
        {state.options.length > 0 ? (
          state.options.map((option) => (
            <Option key={option.code} value={option.code} text={option.name}>
              {option.name}
            </Option>
          ))
        ) : (
          <Option key="none" value="" text="" disabled>
            {strings.noMatch(state.value)}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}

/** The Member a submission sheet is for: every WCO Member by name, filtered as the user types. */
export function MemberPicker(props: MemberPickerProps) {
  return renderMemberPicker(useMemberPicker(props), useMemberPickerStyles());
}
