import './service-notes.css';

/**
 * A service's notes, shown as typed: plain text with its line breaks kept, wrapping anywhere so
 * a long unbroken line cannot widen the page. Nothing when there are none.
 */
export function ServiceNotes({ notes }: { notes: string }) {
  const text = notes.trim();
  if (!text) return null;
  return (
    <div className="service-notes">
      <p className="service-notes__label">Notes</p>
      <p className="service-notes__text">{text}</p>
    </div>
  );
}
