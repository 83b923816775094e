import { useState } from 'react';
import { useUpdateOffer } from './app-update';

/**
 * "A new version is available — Reload", at the top of the page when the service worker has a
 * newer version waiting. The live region is always in the page so screen readers announce the
 * message when it appears; it does not take focus. Answers are saved as they are given, so a
 * reload loses nothing.
 */
export function UpdatePrompt() {
  const applyUpdate = useUpdateOffer();
  const [dismissed, setDismissed] = useState(false);
  return (
    <div className="update-prompt" role="status">
      {applyUpdate && !dismissed && (
        <div className="notice notice--info">
          <p className="notice__title">A new version is available</p>
          <p>Reload to start using it. Your answers are kept.</p>
          <div className="notice__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void applyUpdate()}
            >
              Reload
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDismissed(true)}
            >
              Not now
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
