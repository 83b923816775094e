import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type FormEvent,
} from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import { encodePermalink } from '../../domain/permalink/permalink';
import {
  decodeTeamFile,
  encodeTeamFragment,
  MAX_TEAM_MEMBERS,
  openPlanFile,
  openTeam,
  TEAM_NAME_MAX,
  type TeamEntry,
} from '../../domain/team-link';
import { Notice } from '../../components/notice';
import { routes } from '../../routes';
import { getOwnInputs } from '../../state/own-plan';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Row {
  member: string;
  link: string;
  /** The lead's own plan, added with "Add my own answers". */
  mine?: boolean;
}

const blank = (): Row => ({ member: '', link: '' });
const isFilled = (r: Row) => r.member.trim() !== '' || r.link.trim() !== '';

/** A member's answers file as a row: the plan as a link payload, named by the file. */
async function rowFromFile(file: File): Promise<Row | string> {
  const kb = getKnowledgeBase();
  const opened = openPlanFile(kb, await file.text());
  if (!opened.ok) return `${file.name}: ${opened.message}`;
  return {
    member: (opened.member ?? file.name.replace(/\.json$/i, '')).slice(0, TEAM_NAME_MAX),
    link: encodePermalink(kb, opened.inputs, linkTables),
  };
}

/** "Ana: https://…#/link/…": a name, a colon, then a link (the name has no "/" and is not "https"). */
const NAMED_LINK = /^([^:/]+?)\s*:\s*(\S+)$/;

/** One pasted line as a member: "name: link", or a link alone. */
function pastedEntry(line: string): Row {
  const match = NAMED_LINK.exec(line.trim());
  const name = match?.[1]?.trim() ?? '';
  if (match?.[2] && name !== '' && !/^https?$/i.test(name) && !match[2].startsWith('//'))
    return { member: name.slice(0, TEAM_NAME_MAX), link: match[2] };
  return { member: '', link: line.trim() };
}

/**
 * The members in pasted text: a line each ("name: link" or a link alone), or, on one line,
 * every whitespace-separated link. Empty when the text is one plain link (an ordinary paste).
 */
export function pastedEntries(text: string): Row[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > 1) return lines.map(pastedEntry);
  const [line = ''] = lines;
  const one = pastedEntry(line);
  if (one.member !== '') return [one];
  const pieces = line.split(/\s+/).filter((p) => p !== '');
  return pieces.length > 1 ? pieces.map((link) => ({ member: '', link })) : [];
}

/** "Zoë, Yann and 3 more": what was left out, named. */
function listLeftOut(names: readonly string[]): string {
  const shown = names.slice(0, 5);
  const more = names.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * What stops these rows from being compared, in words: a missing name or link, then what the
 * team view would say (a link that does not open, members who did not answer the same plan).
 */
function problemsWith(rows: readonly Row[]): string[] {
  const problems = rows.flatMap((r, i) => [
    ...(r.member.trim() === '' ? [`Member ${i + 1} needs a name.`] : []),
    ...(r.link.trim() === ''
      ? [`${r.member.trim() || `Member ${i + 1}`} needs a link or a file.`]
      : []),
  ]);
  if (rows.length < 2) problems.push('Add two or more members to compare.');
  if (problems.length > 0) return problems;
  const team = openTeam(getKnowledgeBase(), rows.map(entryOf), linkTables);
  return team.ok ? [] : team.problems;
}

const entryOf = (r: Row): TeamEntry => ({ member: r.member.trim(), link: r.link.trim() });

/**
 * Gathers the members' plans: a name and the link each member sent (several links pasted at once
 * fill a row each), or their answers files (several at once, or dropped on the page), or a team
 * view file saved earlier. Links are checked before the comparison opens, and nothing typed is
 * lost when one does not open. Nothing leaves the browser.
 */
export function TeamForm() {
  const [rows, setRows] = useState<Row[]>([blank(), blank()]);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [, navigate] = useLocation();
  const summaryRef = useRef<HTMLDivElement>(null);
  /** The row whose name field takes focus once the rows have changed (after a removal). */
  const focusRow = useRef<number | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`member-name-${focusRow.current}`)?.focus();
    focusRow.current = null;
  }, [rows]);
  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const update = (i: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, j) => (j === i ? { ...row, ...change } : row)));

  const remove = (i: number) => {
    const name = rows[i]?.member.trim() || `Member ${i + 1}`;
    setRows((current) => current.filter((_, j) => j !== i));
    setStatus(`${name} removed.`);
    focusRow.current = Math.min(i, rows.length - 2);
  };

  const addFiles = async (files: readonly File[]) => {
    const read = await Promise.all(files.map(rowFromFile));
    const added = read.filter((r): r is Row => typeof r !== 'string');
    setProblems(read.filter((r): r is string => typeof r === 'string'));
    if (added.length === 0) return;
    const kept = rows.filter(isFilled);
    const room = Math.max(0, MAX_TEAM_MEMBERS - kept.length);
    const taken = added.slice(0, room);
    const left = added.slice(room);
    setRows([...kept, ...taken]);
    setStatus(taken.length > 0 ? `Added ${taken.map((r) => r.member).join(', ')}.` : '');
    if (left.length > 0)
      setProblems((current) => [
        ...current,
        `A team view takes at most ${MAX_TEAM_MEMBERS} members: ${plural(left.length, 'file was', 'files were')} left out (${listLeftOut(left.map((r) => r.member))}).`,
      ]);
  };

  /** The lead's own plan as a member: the plan of their own (never a shared plan on screen). */
  const addMine = () => {
    const kb = getKnowledgeBase();
    const link = encodePermalink(kb, getOwnInputs(), linkTables);
    const at = rows.findIndex((r) => !isFilled(r));
    const next =
      at < 0
        ? [...rows, { member: '', link, mine: true }]
        : rows.map((r, j) => (j === at ? { member: '', link, mine: true } : r));
    focusRow.current = at < 0 ? rows.length : at;
    setRows(next.map((r) => (r.link === link ? r : { ...r, mine: false })));
    setStatus('Your own answers added as a member; give yourself a name.');
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
    navigate(routes.team.href(encodeTeamFragment(opened.entries)));
  };

  /**
   * Several links pasted into one member's field, or "name: link" lines: the first fills this
   * row, each other a row of its own; what goes beyond the member limit is named, not dropped.
   */
  const onPasteLinks = (i: number, event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = pastedEntries(event.clipboardData.getData('text'));
    if (pasted.length === 0) return;
    event.preventDefault();
    const next = [...rows];
    let at = i;
    const left: string[] = [];
    for (const [n, entry] of pasted.entries()) {
      while (at < next.length && at !== i && isFilled(next[at] ?? blank())) at++;
      if (at >= MAX_TEAM_MEMBERS) {
        left.push(entry.member || `link ${n + 1}`);
        continue;
      }
      const row = next[at] ?? blank();
      next[at] = { ...row, member: entry.member || row.member, link: entry.link };
      at++;
    }
    setRows(next);
    const placed = pasted.length - left.length;
    setStatus(
      `${plural(placed, 'link', 'links')} pasted, one a member${pasted.some((e) => e.member === '') ? '; give each member a name' : ''}.`,
    );
    if (left.length > 0)
      setProblems([
        `A team view takes at most ${MAX_TEAM_MEMBERS} members: ${plural(left.length, 'pasted link was', 'pasted links were')} left out (${listLeftOut(left)}).`,
      ]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = rows.filter(isFilled);
    const found = problemsWith(filled);
    setProblems(found);
    if (found.length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    const mine = filled.find((r) => r.mine)?.member.trim();
    navigate(
      routes.team.href(
        encodeTeamFragment(filled.map(entryOf), {
          ...(mine ? { lead: mine } : {}),
          settlements: [],
        }),
      ),
    );
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
        <div ref={summaryRef} tabIndex={-1} className="team-form__problems">
          <Notice tone="warning" title="Some members cannot be compared yet">
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      <p>
        Several links pasted into one field add a member each; a line “Ana: link” names the member
        too.
      </p>
      {rows.map((row, i) => (
        <fieldset key={i} className="team-form__member">
          <legend>
            Member {i + 1}
            {row.mine ? ' (your own answers)' : ''}
          </legend>
          <div className="field">
            <label htmlFor={`member-name-${i}`}>Name</label>
            <input
              id={`member-name-${i}`}
              type="text"
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
              type="text"
              value={row.link}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => update(i, { link: e.target.value })}
              onPaste={(e) => onPasteLinks(i, e)}
            />
          </div>
          {rows.length > 2 && (
            <button type="button" className="button button--secondary" onClick={() => remove(i)}>
              Remove {row.member.trim() || `member ${i + 1}`}
            </button>
          )}
        </fieldset>
      ))}
      <p role="status" className="team-form__status">
        {status}
      </p>
      <div className="team-form__actions">
        {rows.length < MAX_TEAM_MEMBERS && !rows.some((r) => r.mine) && (
          <button type="button" className="button button--secondary" onClick={addMine}>
            Add my own answers
          </button>
        )}
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
