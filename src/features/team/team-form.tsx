import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import { decodeAnswersFile, describeAnswersFileFailure, encodePermalink } from '../../domain';
import {
  decodeTeamFile,
  encodeTeamFragment,
  MAX_TEAM_MEMBERS,
  TEAM_NAME_MAX,
  type TeamEntry,
} from '../../domain/team-link';
import { Notice } from '../../components/notice';
import { paths } from '../../app/routes';

interface Row {
  member: string;
  link: string;
}

const blank = (): Row => ({ member: '', link: '' });

/** A member's answers file as a row: the plan as a link payload, named by the file. */
async function rowFromFile(file: File): Promise<Row | string> {
  const kb = getKnowledgeBase();
  const opened = decodeAnswersFile(kb, await file.text());
  if (!opened.ok) return `${file.name}: ${describeAnswersFileFailure(opened.reason).summary}`;
  return {
    member: (opened.value.member ?? file.name.replace(/\.json$/i, '')).slice(0, TEAM_NAME_MAX),
    link: encodePermalink(kb, opened.value.inputs, linkTables),
  };
}

/**
 * Gathers the members' plans: a name and the link each member sent, or their answers files
 * (several at once, or dropped on the page), or a team view file saved earlier. Nothing leaves
 * the browser.
 */
export function TeamForm() {
  const [rows, setRows] = useState<Row[]>([blank(), blank()]);
  const [problems, setProblems] = useState<string[]>([]);
  const [, navigate] = useLocation();

  const update = (i: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, j) => (j === i ? { ...row, ...change } : row)));

  const addFiles = async (files: readonly File[]) => {
    const read = await Promise.all(files.map(rowFromFile));
    const added = read.filter((r): r is Row => typeof r !== 'string');
    setProblems(read.filter((r): r is string => typeof r === 'string'));
    if (added.length === 0) return;
    setRows((current) =>
      [...current.filter((r) => r.member.trim() !== '' || r.link.trim() !== ''), ...added].slice(
        0,
        MAX_TEAM_MEMBERS,
      ),
    );
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    void addFiles([...(event.target.files ?? [])]);
    event.target.value = '';
  };

  const onTeamFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const opened = decodeTeamFile(await file.text());
    if (!opened.ok) {
      setProblems(opened.issues.map((i) => `${file.name}: ${i.field}: ${i.message}`));
      return;
    }
    navigate(paths.team(encodeTeamFragment(opened.entries)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = rows.filter((r) => r.member.trim() !== '' || r.link.trim() !== '');
    const missing = filled.flatMap((r, i) => [
      ...(r.member.trim() === '' ? [`Member ${i + 1} needs a name.`] : []),
      ...(r.link.trim() === ''
        ? [`${r.member.trim() || `Member ${i + 1}`} needs a link or a file.`]
        : []),
    ]);
    if (filled.length < 2) missing.push('Add two or more members to compare.');
    setProblems(missing);
    if (missing.length > 0) return;
    const entries: TeamEntry[] = filled.map((r) => ({
      member: r.member.trim(),
      link: r.link.trim(),
    }));
    navigate(paths.team(encodeTeamFragment(entries)));
  };

  return (
    <form
      className="team-form"
      onSubmit={submit}
      noValidate
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void addFiles([...e.dataTransfer.files]);
      }}
    >
      {problems.length > 0 && (
        <Notice tone="warning" title="Some members cannot be compared yet">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {rows.map((row, i) => (
        <fieldset key={i} className="team-form__member">
          <legend>Member {i + 1}</legend>
          <div className="field">
            <label htmlFor={`member-name-${i}`}>Name</label>
            <input
              id={`member-name-${i}`}
              value={row.member}
              maxLength={TEAM_NAME_MAX}
              autoComplete="off"
              onChange={(e) => update(i, { member: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`member-link-${i}`}>Their link</label>
            <input
              id={`member-link-${i}`}
              value={row.link}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => update(i, { link: e.target.value })}
            />
          </div>
        </fieldset>
      ))}
      <div className="team-form__actions">
        {rows.length < MAX_TEAM_MEMBERS && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRows((current) => [...current, blank()])}
          >
            Add a member
          </button>
        )}
        <div className="field">
          <label htmlFor="member-files">Or open their answers files (several at once)</label>
          <input
            id="member-files"
            type="file"
            accept=".json,application/json"
            multiple
            onChange={onFiles}
          />
        </div>
        <div className="field">
          <label htmlFor="team-file">Or open a team view saved as a file</label>
          <input
            id="team-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onTeamFile(e)}
          />
        </div>
        <button type="submit" className="button button--primary">
          Compare the answers
        </button>
      </div>
    </form>
  );
}
