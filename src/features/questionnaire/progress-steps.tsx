/** The questionnaire's progress: every step by name, the current one marked. */
export function ProgressSteps({ titles, current }: { titles: string[]; current: number }) {
  return (
    <nav className="progress" aria-label="Questionnaire progress">
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${(current / titles.length) * 100}%` }} />
      </div>
      <ol className="progress__steps">
        {titles.map((title, i) => {
          const n = i + 1;
          const state = n < current ? 'done' : n === current ? 'current' : 'todo';
          return (
            <li
              key={title}
              className={`progress__step progress__step--${state}`}
              aria-current={n === current ? 'step' : undefined}
            >
              <span className="progress__number" aria-hidden="true">
                {n}
              </span>
              <span className="progress__title">
                {title}
                {state === 'done' && <span className="visually-hidden"> (done)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
