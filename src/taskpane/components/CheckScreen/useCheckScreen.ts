import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { VALIDATION } from '../../../core';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import type { CheckedWorkbook } from '../../engine/survey-engine';
import type { IssueView } from '../IssueGroups/group-issues';
import type { CheckFindings, CheckScreenState } from './CheckScreen.types';

function findingsOf({ issues, errors, warnings, submissions }: CheckedWorkbook): CheckFindings {
  return { issues, errors, warnings, submissions };
}

function memberQuestionOf({ memberQuestions, memberQuestion }: CheckedWorkbook): CheckScreenState['memberQuestion'] {
  return { questions: memberQuestions, ...(memberQuestion ? { chosen: memberQuestion } : {}) };
}

export function useCheckScreen(): CheckScreenState {
  const { strings } = useStrings();
  const session = useSession();
  const { goTo, lastCheck, settingsForm, editSettings } = session;
  const work = useWork();
  const [validationWritten, setValidationWritten] = useState(false);
  const [chosen, setChosen] = useState<CheckScreenState['chosen']>();
  const [goToError, setGoToError] = useState<unknown>();
  const { perform } = work;

  const check = useCallback(async () => {
    setValidationWritten(false);
    const done = await perform('checking', (onProgress) => session.check(onProgress));
    if (done) setChosen(undefined);
  }, [perform, session]);

  // A workbook is checked as soon as it is open (once: the Workspace is keyed by the workbook),
  // the first thing a coordinator wants to know.
  const checkedOnOpen = useRef(false);
  useEffect(() => {
    if (checkedOnOpen.current) return;
    checkedOnOpen.current = true;
    void check();
  }, [check]);

  const chooseMemberQuestion = useCallback(
    (memberQuestion: string) => {
      editSettings({ ...settingsForm, memberQuestion });
      void check();
    },
    [editSettings, settingsForm, check],
  );

  const writeValidation = useCallback(async () => {
    setValidationWritten(false);
    const done = await perform('writing', (onProgress) => session.writeAnalysis({ kind: 'one', sheet: VALIDATION }, undefined, onProgress));
    if (done) setValidationWritten(true);
  }, [perform, session]);

  const choose = useCallback(
    async (view: IssueView) => {
      setGoToError(undefined);
      if (!goTo) {
        setChosen({ key: view.key, note: strings.check.chosenCell(view.where) });
        return;
      }
      setChosen({ key: view.key });
      await goTo(view.issue.ref).catch(setGoToError);
    },
    [goTo, strings],
  );

  const findings = useMemo(() => (lastCheck ? findingsOf(lastCheck) : undefined), [lastCheck]);
  const memberQuestion = lastCheck?.form ? memberQuestionOf(lastCheck) : undefined;
  const error = work.error ?? goToError;
  return {
    strings: strings.check,
    busy: work.busy,
    goesToCells: goTo !== undefined,
    ...(findings ? { findings } : {}),
    ...(error !== undefined ? { error } : {}),
    validationWritten,
    ...(chosen ? { chosen } : {}),
    ...(memberQuestion ? { memberQuestion } : {}),
    chooseMemberQuestion,
    check: () => void check(),
    writeValidation: () => void writeValidation(),
    choose: (view) => void choose(view),
  };
}
