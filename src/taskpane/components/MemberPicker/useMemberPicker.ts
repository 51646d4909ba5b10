import { useMemo } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import { REGISTRY } from '../../workbook/survey-form';
import { filterOptions, memberOptions, NO_MEMBER, resolveChoice } from './member-choice';
import type { MemberPickerProps, MemberPickerState } from './MemberPicker.types';

export function useMemberPicker({ choice, onChange }: MemberPickerProps): MemberPickerState {
  const { language, strings } = useStrings();
  const all = useMemo(() => memberOptions(language), [language]);
  return {
    strings: strings.template,
    value: choice.typed ?? choice.member?.name[language] ?? '',
    selectedOptions: choice.member ? [choice.member.code] : [],
    options: filterOptions(all, choice.typed),
    unmatched: Boolean(choice.unmatched),
    // Typing replaces the Member shown: the list filters on what is typed, until one is chosen.
    type: (text) => onChange(text.trim() === '' ? NO_MEMBER : { typed: text }),
    // The list also "selects" nothing when the text typed stops matching its first option: already handled.
    select: (code) => {
      const member = code ? REGISTRY.byCode(code) : undefined;
      if (member) onChange({ member });
    },
    leave: () => {
      const resolved = resolveChoice(choice);
      if (resolved !== choice) onChange(resolved);
    },
  };
}
