import { useRef, useState } from 'react';

/**
 * The link in a read-only field with a Copy button. The outcome is announced in a live region,
 * so it works the same with a keyboard and a screen reader; where the browser refuses the
 * clipboard, the link is selected for the person to copy themselves.
 */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    setStatus('');
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Paste it wherever you want to share it.');
    } catch {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setStatus(
        'This browser did not allow copying, so the link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
      );
    }
  };

  return (
    <div className="field share-link">
      <label htmlFor="share-link">{label}</label>
      <div className="share-link__row">
        <input
          id="share-link"
          ref={fieldRef}
          type="text"
          readOnly
          value={url}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="share-link__status" role="status">
        {status}
      </p>
    </div>
  );
}
