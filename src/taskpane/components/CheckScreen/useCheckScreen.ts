import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import { useSession } from '../../session/session';
import { useWork } from '../../session/useWork';
import { analyse } from '../../workbook/analysis-request';
import { onlySheets, VALIDATION } from '../../workbook/owned-sheets';
import type { ReadWorkbook } from '../../workbook/read-workbook';
import type { IssueView } from '../IssueGroups/group-issues';
import type { CheckFindings, CheckScreenState } from './CheckScreen.types';

function findingsOf({ check }: ReadWorkbook): CheckFindings {
  const errors = check.issues.filter((i) => i.severity === 'error').length;
  return { issues: check.issues, errors, warnings: check.issues.length - errors, submissions: check.survey.submissions.length };
}

function memberQuestionOf({ check }: ReadWorkbook): CheckScreenState['memberQuestion'] {
  const chosen = check.questionnaire.form?.member;
  return { questions: check.memberQuestions, ...(chosen ? { chosen } : {}) };
}

export function useCheckScreen(): CheckScreenState {
  const { strings } = useStrings();
  const { workbook, read, lastRead, write, choicesFor, settingsForm, editSettings } = useSession();
  const work = useWork();
  const [validationWritten, setValidationWritten] = useState(false);
  const [chosen, setChosen] = useState<CheckScreenState['chosen']>();
  const [goToError, setGoToError] = useState<unknown>();
  const { perform } = work;

  const check = useCallback(async () => {
    const done = await perform('checking', read);
    if (done) setChosen(undefined);
  }, [perform, read]);

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
    const done = await perform('writing', async () => {
      const result = await read();
      await write(onlySheets(analyse(result, choicesFor(result)).plan, [VALIDATION]));
      return true;
    });
    if (done) setValidationWritten(true);
  }, [perform, read, write, choicesFor]);

  const choose = useCallback(
    async (view: IssueView) => {
      setGoToError(undefined);
      if (!workbook.goTo) {
        setChosen({ key: view.key, note: strings.check.chosenCell(view.where) });
        return;
      }
      setChosen({ key: view.key });
      await workbook.goTo(view.issue.ref).catch(setGoToError);
    },
    [workbook, strings],
  );

  const findings = useMemo(() => (lastRead ? findingsOf(lastRead) : undefined), [lastRead]);
  const memberQuestion = lastRead?.check.questionnaire.form ? memberQuestionOf(lastRead) : undefined;
  const error = work.error ?? goToError;
  return {
    strings: strings.check,
    busy: work.busy,
    goesToCells: workbook.goTo !== undefined,
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
