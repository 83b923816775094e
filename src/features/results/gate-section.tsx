import type { GateNote } from '../../domain/recommend';
import { CitationList } from './citation-list';
import './gate-section.css';

/**
 * A gate's effect on the verdict: each bar with the user's answer, the advice on the answer the
 * gate names when it holds (the rewrite's bottleneck), or the cost of clearing it.
 */
export function GateSection({ gate }: { gate: GateNote }) {
  const headingId = `gate-${gate.gateId}`;
  return (
    <section
      className={`gate gate--${gate.passed ? 'passed' : 'held'}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{gate.passed ? gate.headline : gate.label}</h2>
      <p className="gate__status">
        {gate.passed
          ? 'Cleared. The bars the sources set, and your answers:'
          : 'Not cleared: none of the bars the sources set is met. Your answers:'}
      </p>
      <ul className="gate__bars">
        {gate.bars.map((bar) => (
          <li key={bar.questionId} className={`gate__bar gate__bar--${bar.met ? 'met' : 'unmet'}`}>
            <span className="gate__bar-state">{bar.met ? 'Met' : 'Not met'}</span>{' '}
            <span>
              {bar.prompt} <strong>{bar.answer ?? 'Not answered'}</strong>
            </span>
          </li>
        ))}
      </ul>
      {gate.answerNote && <p className="gate__advice">{gate.answerNote.note}</p>}
      {gate.passed && <p>{gate.explanation}</p>}
      <CitationList citations={gate.citations} />
    </section>
  );
}
