import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { getKnowledgeBase } from '../../../content';
import { DECISION_LOG_COLUMNS, decisionLogCells } from '../../domain/decision-log';
import { isoDate } from '../../components/today';
import { usePageFocus } from '../../components/use-page-focus';
import { appliedIdentity, useAppliedProfile } from '../../state/profile-store';
import { useScoringKnowledgeBase } from '../../state/scoring';
import { droppedFiles, readDecisionLog, type DecisionLog } from './read-decisions';
import './decisions.css';

/** Table rows rendered in one go. */
const ROWS_PER_BATCH = 25;

/** Whether this browser lets a file input pick a whole folder. */
const canPickFolder =
  typeof HTMLInputElement !== 'undefined' && 'webkitdirectory' in HTMLInputElement.prototype;

/**
 * "Open decisions": the decision files of a repository, chosen as files or a folder or dropped
 * here, shown as the decision log `rust-or-go log` prints — each row opening its plan. The files
 * are read in this browser; nothing is uploaded.
 */
export function DecisionsPage() {
  const headingRef = usePageFocus<HTMLHeadingElement>('decisions', 'Open decisions — Rust or Go?');
  const kb = getKnowledgeBase();
  const scoring = useScoringKnowledgeBase();
  const { profile } = useAppliedProfile(kb);
  const [log, setLog] = useState<DecisionLog | null>(null);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  // Rows are added to the table a batch at a time, so a long log never holds the page.
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!log || shown >= log.rows.length) return;
    const timer = setTimeout(() => setShown((n) => n + ROWS_PER_BATCH), 0);
    return () => clearTimeout(timer);
  }, [log, shown]);
  // Once the log shows, focus its heading, so it is read out straight after choosing.
  useEffect(() => {
    if (log) resultRef.current?.focus();
  }, [log]);

  const read = async (files: File[]) => {
    setStatus(`Reading ${files.length} ${files.length === 1 ? 'file' : 'files'}…`);
    const result = await readDecisionLog(files, {
      kb,
      scoring,
      today: isoDate(),
      profile: appliedIdentity(profile),
    });
    setShown(ROWS_PER_BATCH);
    setLog(result);
    const n = result.rows.length;
    const bad = result.unreadable.length;
    setStatus(
      `${n} ${n === 1 ? 'decision' : 'decisions'}${bad > 0 ? `; ${bad} ${bad === 1 ? 'file' : 'files'} could not be read` : ''}.`,
    );
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    if (files.length > 0) void read(files);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(async (files) => {
      if (files.length > 0) await read(files);
    });
  };

  return (
    <div className="page decisions">
      <h1 ref={headingRef} tabIndex={-1}>
        Open decisions
      </h1>
      <p className="lede">
        Choose the decision files of a repository (its <code>decisions/</code> folder) to see them
        as a decision log: which still hold, which are due for review, which changed, and under
        which organisation profile. They are read in this browser; nothing is uploaded.
      </p>
      <div
        className={`decisions__drop${dragging ? ' decisions__drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <div className="field">
          <label htmlFor="decision-files">Decision files</label>
          <p className="field__hint" id="decision-files-hint">
            One or more .json answers files; other files are left out.
          </p>
          <input
            id="decision-files"
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby="decision-files-hint"
            onChange={choose}
          />
        </div>
        {canPickFolder && (
          <div className="field">
            <label htmlFor="decision-folder">A decisions folder</label>
            <input
              id="decision-folder"
              type="file"
              // React passes the attribute through; browsers that have it offer a folder.
              {...{ webkitdirectory: '' }}
              onChange={choose}
            />
          </div>
        )}
        <p className="muted">Or drop the files, or the folder, here.</p>
      </div>
      <p role="status" className="decisions__status">
        {status}
      </p>
      {log && (
        <section aria-labelledby="decision-log-heading">
          <h2 id="decision-log-heading" ref={resultRef} tabIndex={-1}>
            Decision log
          </h2>
          {log.rows.length > 0 && (
            <div
              className="decisions__table-wrap"
              role="region"
              aria-label="Decision log table"
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls by keyboard on a phone
              tabIndex={0}
            >
              <table className="decisions__table">
                <thead>
                  <tr>
                    {DECISION_LOG_COLUMNS.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {log.rows.slice(0, shown).map((row) => {
                    const [number, title, ...rest] = decisionLogCells(row);
                    return (
                      <tr key={row.fileName}>
                        <td>{number}</td>
                        <th scope="row">
                          <a href={row.href}>{title}</a>
                          <span className="decisions__file">{row.fileName}</span>
                        </th>
                        {rest.map((cell, i) => (
                          <td
                            key={DECISION_LOG_COLUMNS[i + 2]}
                            className={
                              i === 2 && row.review === 'overdue' ? 'decisions__overdue' : undefined
                            }
                          >
                            {cell}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {log.unreadable.length > 0 && (
            <>
              <h3>Files that could not be read</h3>
              <ul>
                {log.unreadable.map((f) => (
                  <li key={f.fileName}>
                    <strong>{f.fileName}</strong>: {f.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
