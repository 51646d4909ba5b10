import type { Item, Language } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import type { MemberQuestionFieldProps, MemberQuestionFieldState, MemberQuestionOption } from './MemberQuestionField.types';

function optionOf(item: Item, language: Language): MemberQuestionOption {
  const label = item.label[language] || item.label.en;
  return { name: item.id, text: label && label !== item.id ? `${item.id} · ${label}` : item.id };
}

export function useMemberQuestionField(props: MemberQuestionFieldProps): MemberQuestionFieldState {
  const { language, strings } = useStrings();
  return {
    ...props,
    strings: strings.check,
    options: props.questions.map((item) => optionOf(item, language)),
    value: props.chosen ? optionOf(props.chosen, language).text : '',
  };
}
