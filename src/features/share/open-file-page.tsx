import { useEffect, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import {
  ANSWERS_FILE_MAX_CHARS,
  decodeAnswersFile,
  describeAnswersFileFailure,
  type AnswersFileFailure,
} from '../../domain/answers-file';
import type { OpenedPlan } from '../../domain/opened-plan';
import { compareVersions } from '../../domain/permalink/link-table';
import { compareVerdicts, describeSnapshot } from '../../domain/verdict-snapshot';
import { Notice } from '../../components/notice';
import { routes } from '../../routes';
import { useScoringKnowledgeBase } from '../../state/scoring';
import { usePageFocus } from '../../components/use-page-focus';
import { replacingNeedsConfirmation } from '../../state/planner-store';
import { getOwnInputs, openPlanFromFile, useHasOwnWork } from '../../state/shared-plan';
import { addServicesToOwnPlan } from '../../state/add-services';
import { IssueList } from './issue-list';
import { ReplaceConfirm } from '../../components/replace-confirm';
import { downloadAnswers } from './download-answers';
import { describePlanServices } from '../../domain/plan-summary';
import './share.css';
import { ChangesSince } from './changes-since';

type Chosen =
  | { status: 'none' }
  | { status: 'failed'; fileName: string; reason: AnswersFileFailure }
  | { status: 'ready'; fileName: string; plan: OpenedPlan & { savedAt: string | null } };

/** Reads a chosen file in the browser (nothing is uploaded) and checks it like a link. */
async function readAnswersFile(file: File): Promise<Chosen> {
  // UTF-8 takes at most 4 bytes a character: a bigger file cannot be within the limit.
  if (file.size > ANSWERS_FILE_MAX_CHARS * 4) {
    return {
      status: 'failed',
      fileName: file.name,
      reason: { kind: 'too-large', length: file.size },
    };
  }
  const result = decodeAnswersFile(getKnowledgeBase(), await file.text());
  return result.ok
    ? { status: 'ready', fileName: file.name, plan: result.value }
    : { status: 'failed', fileName: file.name, reason: result.reason };
}

/** Opening an answers file saved earlier: checked, summarised, and opened after asking. */
export function OpenFilePage() {
  const headingRef = usePageFocus<HTMLHeadingElement>(
    'open-file',
    'Open a saved answers file — Rust or Go?',
  );
  const [chosen, setChosen] = useState<Chosen>({ status: 'none' });
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const hasOwn = useHasOwnWork();
  const [, navigate] = useLocation();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // Move focus to the outcome once it shows, so it is read out straight after choosing.
  useEffect(() => {
    if (chosen.status !== 'none') outcomeRef.current?.focus();
  }, [chosen]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setConfirming(false);
    setProblem('');
    if (!file) return setChosen({ status: 'none' });
    void readAnswersFile(file).then(setChosen);
  };
  const open = (plan: OpenedPlan) => {
    openPlanFromFile(plan);
    navigate(routes.result.href(plan.inputs.services[0]?.id ?? 's1'));
  };
  const add = (plan: OpenedPlan) => {
    const outcome = addServicesToOwnPlan(plan.inputs, 'file');
    if (!outcome.ok) return setProblem(outcome.reason);
    navigate(routes.portfolio.href());
  };

  return (
    <div className="page open-file">
      <h1 ref={headingRef} tabIndex={-1}>
        Open a saved answers file
      </h1>
      <p className="lede">
        Choose a file saved with “Download the answers (JSON)”. It is read in this browser; nothing
        is uploaded.
      </p>
      <div className="field">
        <label htmlFor="answers-file">Answers file</label>
        <p className="field__hint" id="answers-file-hint">
          A .json file whose name starts with rust-or-go-answers.
        </p>
        <input
          id="answers-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="answers-file-hint"
          onChange={choose}
        />
      </div>

      {chosen.status === 'failed' && (
        <FileFailure ref={outcomeRef} fileName={chosen.fileName} reason={chosen.reason} />
      )}
      {chosen.status === 'ready' && (
        <div
          className="open-file__ready"
          role="region"
          ref={outcomeRef}
          tabIndex={-1}
          aria-labelledby="file-ready-heading"
        >
          <FileSummary fileName={chosen.fileName} plan={chosen.plan} />
          {confirming ? (
            <ReplaceConfirm
              title="Replace the answers saved in this browser?"
              confirmLabel="Replace and open the file"
              onConfirm={() => open(chosen.plan)}
              onDownload={() => downloadAnswers(getOwnInputs())}
              cancelLabel="Cancel"
              onCancel={() => setConfirming(false)}
            >
              <p>
                Your own answers ({describePlanServices(getOwnInputs())}) will be replaced by the
                answers in this file. You can restore them afterwards with “Restore the plan you
                replaced”.
              </p>
            </ReplaceConfirm>
          ) : (
            <>
              {hasOwn && (
                <p>
                  Opening them replaces your own plan (you are asked first, and it stays
                  restorable); adding puts these services next to yours and keeps your weights and
                  team answers.
                </p>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() =>
                    replacingNeedsConfirmation() ? setConfirming(true) : open(chosen.plan)
                  }
                >
                  Open these answers
                </button>
                {hasOwn && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => add(chosen.plan)}
                  >
                    {chosen.plan.inputs.services.length === 1
                      ? 'Add this service to my plan'
                      : 'Add these services to my plan'}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => navigate(routes.home.href())}
                >
                  Cancel
                </button>
              </div>
            </>
          )}
          {problem && (
            <p role="alert" className="field__error">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function FileFailure({
  fileName,
  reason,
  ref,
}: {
  fileName: string;
  reason: AnswersFileFailure;
  ref: Ref<HTMLDivElement>;
}) {
  const words = describeAnswersFileFailure(reason);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="file-failed-heading"
    >
      <h2 id="file-failed-heading">
        “<bdi>{fileName}</bdi>” cannot be opened
      </h2>
      <p>{words.summary}</p>
      {reason.kind === 'invalid' && <IssueList issues={reason.issues} />}
      <p>{words.advice}</p>
    </div>
  );
}

function FileSummary({
  fileName,
  plan,
}: {
  fileName: string;
  plan: OpenedPlan & { savedAt: string | null };
}) {
  // Compared as they are shown: with the organisation profile that applies here, if any.
  const kb = useScoringKnowledgeBase();
  const saved = plan.savedAt ? new Date(plan.savedAt) : null;
  const changed = compareVerdicts(kb, plan.inputs, plan.authorVerdicts).filter((c) => c.differs);
  return (
    <>
      <h2 id="file-ready-heading">
        Ready to open “<bdi>{fileName}</bdi>”
      </h2>
      <p>
        {describePlanServices(plan.inputs)}
        {saved && !Number.isNaN(saved.getTime())
          ? `, saved on ${saved.toLocaleDateString('en-GB', { dateStyle: 'long' })}`
          : ''}{' '}
        with knowledge base {plan.kbVersion}.
        {compareVersions(plan.kbVersion, kb.version) > 0 &&
          ` That is newer than this version of the app (${kb.version}); reload to update if anything looks missing.`}
      </p>
      {changed.length > 0 && (
        <Notice tone="warning" title="Some verdicts have changed since the file was saved">
          <ul>
            {changed.map((c) => (
              <li key={c.serviceId}>
                <bdi>{c.name.trim() || c.serviceId}</bdi>: it was{' '}
                <strong>{c.author ? describeSnapshot(kb, c.author) : ''}</strong>, today it is{' '}
                <strong>{describeSnapshot(kb, c.today)}</strong>.
              </li>
            ))}
          </ul>
          <ChangesSince version={plan.kbVersion} />
        </Notice>
      )}
      {plan.dropped.length > 0 && (
        <Notice title="Not everything in this file can be used as it was">
          <IssueList issues={plan.dropped} />
        </Notice>
      )}
    </>
  );
}
