import type { Ref } from 'react';

export interface SummaryError {
  fieldId: string;
  label: string;
  message: string;
}

/** A list of what to fix, each item linking to its field. Receives focus when it appears. */
export function ErrorSummary({
  errors,
  ref,
}: {
  errors: SummaryError[];
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // The app routes on the hash, so move focus without changing it.
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.label}: {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
