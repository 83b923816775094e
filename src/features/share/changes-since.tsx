import { getKnowledgeBase } from '../../../content';
import { changesSince } from '../../domain/verdict-snapshot';

/**
 * What changed in the knowledge base since the version a link or file was made with: the reason
 * a recorded verdict can differ from today's. Nothing when no release moved anything since.
 */
export function ChangesSince({ version }: { version: string }) {
  const changes = changesSince(getKnowledgeBase(), version);
  if (changes.length === 0) return null;
  return (
    <details className="changes-since">
      <summary>What changed in the knowledge base since {version}</summary>
      {changes.map((entry) => (
        <section key={entry.version} aria-label={`Knowledge base ${entry.version}`}>
          <h3>
            {entry.version} ({entry.date})
          </h3>
          <ul>
            {entry.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
