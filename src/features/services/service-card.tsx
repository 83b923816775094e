import { useMemo } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { describeProgress, describeVerdictShort } from '../../domain/describe-portfolio';
import type { PortfolioEntry } from '../../domain/portfolio';
import { visibleSteps } from '../../domain/questions';
import { verdictLanguage } from '../../domain/score';
import { routes } from '../../routes';
import { usePasteLimit } from '../../components/use-paste-limit';
import { SERVICE_NAME_MAX, type Service } from '../../domain/inputs';
import { renameService } from '../../state/planner-store';
import { useServiceAnswers } from '../../state/selectors';
import { displayName, serviceElementId as ids } from './service-ids';

interface ServiceCardProps {
  service: Service;
  entry: PortfolioEntry;
  position: number;
  total: number;
  canAdd: boolean;
  onDuplicate: () => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One service in the list: its name (editable), progress, verdict, and what can be done to it. */
export function ServiceCard({
  service,
  entry,
  position,
  total,
  canAdd,
  onDuplicate,
  onMove,
  onRemove,
}: ServiceCardProps) {
  const name = displayName(service.name);
  const { progress, recommendation } = entry;
  // Shared team answers count towards progress, but a service has started once it has its own.
  const started = Object.keys(service.answers).length > 0;
  const questions = useQuestionsLink(service.id);
  const pasteLimit = usePasteLimit();
  const questionsLabel = !started
    ? 'Start questions'
    : progress.complete
      ? 'Review answers'
      : 'Continue questions';
  const forName = (
    <>
      {' '}
      <span className="visually-hidden">for {name}</span>
    </>
  );

  return (
    <li className={`service-card service-card--${started ? 'started' : 'new'}`}>
      <div className="service-card__head">
        <h2 id={ids.title(service.id)} className="service-card__title" tabIndex={-1}>
          <span className="service-card__position">{position}.</span> <bdi>{name}</bdi>
        </h2>
        {started ? (
          <span className={`tag tag--${verdictLanguage(recommendation.verdict) ?? 'none'}`}>
            <span className="visually-hidden">Verdict: </span>
            {describeVerdictShort(recommendation.verdict)}
          </span>
        ) : (
          <span className="tag tag--neutral">No verdict yet</span>
        )}
      </div>
      <p className={`service-card__progress${progress.complete ? ' is-complete' : ''}`}>
        {describeProgress(progress)}
      </p>
      <div className="field service-card__name">
        <label htmlFor={ids.name(service.id)}>
          Name <span className="visually-hidden">of service {position}</span>
        </label>
        <input
          id={ids.name(service.id)}
          type="text"
          autoComplete="off"
          maxLength={SERVICE_NAME_MAX}
          value={service.name}
          placeholder="e.g. billing-api"
          onPaste={pasteLimit.onPaste}
          onChange={(event) => renameService(service.id, event.target.value)}
        />
        {pasteLimit.message && (
          <p className="field__hint" role="alert">
            {pasteLimit.message}
          </p>
        )}
      </div>
      <div className="service-card__actions">
        <Link href={questions} className="button button--primary">
          {questionsLabel}
          {forName}
        </Link>
        {started && (
          <Link href={routes.result.href(service.id)} className="button button--secondary">
            Result{forName}
          </Link>
        )}
      </div>
      <div className="service-card__tools">
        <button
          type="button"
          className="button button--secondary"
          onClick={onDuplicate}
          disabled={!canAdd}
        >
          Duplicate <span className="visually-hidden">{name}</span>
        </button>
        <button
          type="button"
          id={ids.up(service.id)}
          className="button button--secondary"
          onClick={() => onMove(-1)}
          disabled={position === 1}
        >
          Move up <span className="visually-hidden">{name}</span>
        </button>
        <button
          type="button"
          id={ids.down(service.id)}
          className="button button--secondary"
          onClick={() => onMove(1)}
          disabled={position === total}
        >
          Move down <span className="visually-hidden">{name}</span>
        </button>
        {total > 1 && (
          <button type="button" className="button button--danger" onClick={onRemove}>
            Remove <span className="visually-hidden">{name}</span>
          </button>
        )}
      </div>
    </li>
  );
}

/** Where "Start/Continue questions" leads: the first step with an unanswered question, or review. */
function useQuestionsLink(serviceId: string): string {
  const answers = useServiceAnswers(serviceId);
  return useMemo(() => {
    const steps = visibleSteps(getKnowledgeBase(), answers);
    const next = steps.findIndex((s) => s.questions.some((q) => answers[q.id] === undefined));
    return next === -1 ? routes.review.href(serviceId) : routes.step.href(serviceId, next + 1);
  }, [answers, serviceId]);
}
