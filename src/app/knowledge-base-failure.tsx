import type { ContentIssue } from '../../content';

/** Shown instead of the app when this build ships content that fails validation. */
export function KnowledgeBaseFailure({ issues }: { issues: ContentIssue[] }) {
  return (
    <main className="page" id="main">
      <h1>The knowledge base failed to load</h1>
      <p>
        This build of Rust or Go? ships invalid content. Please report it; your saved answers are
        untouched.
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.path + issue.message}>
            {issue.path}: {issue.message}
          </li>
        ))}
      </ul>
    </main>
  );
}
