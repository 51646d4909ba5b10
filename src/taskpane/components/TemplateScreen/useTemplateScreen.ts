import { useCallback, useState } from 'react';
import type { Language } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { NO_MEMBER, resolveChoice, type MemberChoice } from '../MemberPicker/member-choice';
import type { CreatedSheet, TemplateScreenState } from './TemplateScreen.types';

export function useTemplateScreen(): TemplateScreenState {
  const { language: paneLanguage, strings } = useStrings();
  const session = useSession();
  const { goTo } = session;
  const dropdowns = session.shortfalls.find((shortfall) => shortfall.extra === 'dropdowns');
  const { busy, error, perform } = useWork();
  const [choice, setChoice] = useState<MemberChoice>(NO_MEMBER);
  const [chosenLanguage, setLanguage] = useState<Language>();
  const [created, setCreated] = useState<CreatedSheet>();
  const [goToError, setGoToError] = useState<unknown>();
  const language = chosenLanguage ?? paneLanguage;

  const create = useCallback(async () => {
    // Pressing Enter in the field, or the button straight after typing, still counts what is typed.
    const resolved = resolveChoice(choice);
    if (resolved !== choice) setChoice(resolved);
    if (resolved.unmatched) return;
    setCreated(undefined);
    setGoToError(undefined);
    const template = await perform('creating', () => session.createTemplate(resolved.member, language));
    if (!template) return;
    setCreated({ sheet: template.sheetName, shown: false });
    if (!goTo) return;
    try {
      await goTo(template.start);
      setCreated({ sheet: template.sheetName, shown: true });
    } catch (failure) {
      setGoToError(failure);
    }
  }, [choice, perform, session, goTo, language]);

  const shownError = error ?? goToError;
  return {
    strings: strings.template,
    busy,
    inExcel: goTo !== undefined,
    choice,
    choose: setChoice,
    language,
    setLanguage,
    ...(created ? { created } : {}),
    ...(dropdowns ? { dropdownsNeed: dropdowns.needs } : {}),
    ...(shownError !== undefined ? { error: shownError } : {}),
    create: () => void create(),
  };
}
