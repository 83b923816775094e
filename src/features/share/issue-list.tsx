import type { Issue } from '../../domain/issues';

/** How many issues to list before summing up the rest. */
const SHOWN = 12;

/** Problems as "where: what", the way a person can find and fix them. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const rest = issues.length - SHOWN;
  return (
    <ul className="issue-list">
      {issues.slice(0, SHOWN).map((issue) => (
        <li key={`${issue.field}: ${issue.message}`}>
          <strong>{issue.field}</strong>: {issue.message}
        </li>
      ))}
      {rest > 0 && <li>… and {rest} more.</li>}
    </ul>
  );
}
