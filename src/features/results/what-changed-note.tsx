/** "Since your last visit to this result": each change in a line; nothing when nothing changed. */
export function WhatChangedNote({ changes }: { changes: readonly string[] }) {
  if (changes.length === 0) return null;
  return (
    <div className="what-changed" role="note" aria-labelledby="what-changed-heading">
      <h3 id="what-changed-heading">Since your last visit to this result</h3>
      <ul>
        {changes.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
