import { useState } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { visibleQuestions, visibleSteps } from '../../domain/questions';
import { routes } from '../../routes';
import { usePageFocus } from '../../components/use-page-focus';
import { MAX_SERVICES } from '../../domain/inputs';
import { usePlannerStore } from '../../state/planner-store';
import { usePortfolio } from '../../state/portfolio-selectors';
import { selectActiveService, useServiceAnswers } from '../../state/selectors';
import {
  addService,
  dismissRemoval,
  duplicateService,
  moveService,
  removeService,
  undoRemoveService,
} from '../../state/service-list';
import { AddExample } from './add-example';
import { RemovalNotice } from './removal-notice';
import { ReplacedPlans } from './replaced-plans';
import { ServiceCard } from './service-card';
import { displayName, serviceElementId as ids } from './service-ids';
import { useFocusAfterRender } from './use-focus-after-render';
import './services.css';

/** Every service in the planner: add, name, duplicate, reorder, remove (with Undo), and jump to one. */
export function ServicesPage() {
  const services = usePlannerStore((s) => s.services);
  const removed = usePlannerStore((s) => s.removed);
  const portfolio = usePortfolio();
  const headingRef = usePageFocus<HTMLHeadingElement>('services', 'Your services — Rust or Go?');
  const focusLater = useFocusAfterRender();
  /** Read out by the status region below: what the last action did. */
  const [announcement, setAnnouncement] = useState('');
  const [undoProblem, setUndoProblem] = useState<string | null>(null);
  const canAdd = services.length < MAX_SERVICES;
  const nameOf = (serviceId: string) =>
    displayName(services.find((s) => s.id === serviceId)?.name ?? '');

  const add = () => {
    const result = addService();
    if (!result.ok) return setAnnouncement(result.reason);
    setAnnouncement(`Service ${services.length + 1} added. Give it a name.`);
    focusLater(ids.name(result.serviceId));
  };
  const duplicate = (serviceId: string) => {
    const result = duplicateService(serviceId);
    if (!result.ok) return setAnnouncement(result.reason);
    setAnnouncement(`Copied ${nameOf(serviceId)} with its answers, right below it.`);
    focusLater(ids.name(result.serviceId));
  };
  const move = (serviceId: string, offset: -1 | 1) => {
    const to = moveService(serviceId, offset);
    if (to === null) return;
    setAnnouncement(`${nameOf(serviceId)} moved to position ${to + 1} of ${services.length}.`);
    // Keep focus on the button pressed; at either end it is disabled, so take the other one.
    const atEnd = offset < 0 ? to === 0 : to === services.length - 1;
    const sameWay = offset < 0 ? ids.up(serviceId) : ids.down(serviceId);
    const otherWay = offset < 0 ? ids.down(serviceId) : ids.up(serviceId);
    focusLater(atEnd ? otherWay : sameWay);
  };
  const remove = (serviceId: string) => {
    const name = nameOf(serviceId);
    const result = removeService(serviceId);
    if (!result.ok) return setAnnouncement(result.reason);
    setUndoProblem(null);
    setAnnouncement(`Removed ${name}. Undo is available.`);
    focusLater(ids.undo);
  };
  const undo = () => {
    const name = displayName(removed?.service.name ?? '');
    const result = undoRemoveService();
    if (!result.ok) {
      setUndoProblem(result.reason);
      return setAnnouncement(result.reason);
    }
    setAnnouncement(`Restored ${name}.`);
    focusLater(ids.title(result.serviceId));
  };
  const dismiss = () => {
    dismissRemoval();
    setAnnouncement('');
    focusLater(ids.add);
  };

  return (
    <div className="page page--services">
      <h1 ref={headingRef} tabIndex={-1}>
        Your services
      </h1>
      <p className="lede">
        The choice is made service by service: Go for most, Rust where a service needs it. Each
        service gets its own verdict; the answers about the team are given once.
      </p>
      <TeamSummary serviceCount={services.length} />

      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {removed && (
        <RemovalNotice removed={removed} problem={undoProblem} onUndo={undo} onDismiss={dismiss} />
      )}

      <ol className="service-list" aria-label="Services">
        {services.map((service, i) => {
          const entry = portfolio.entries[i];
          return entry ? (
            <ServiceCard
              key={service.id}
              service={service}
              entry={entry}
              position={i + 1}
              total={services.length}
              canAdd={canAdd}
              onDuplicate={() => duplicate(service.id)}
              onMove={(offset) => move(service.id, offset)}
              onRemove={() => remove(service.id)}
            />
          ) : null;
        })}
      </ol>

      <div className="actions">
        <button
          type="button"
          id={ids.add}
          className="button button--primary"
          onClick={add}
          disabled={!canAdd}
          aria-describedby={canAdd ? undefined : 'services-full'}
        >
          Add a service
        </button>
        <Link href={routes.portfolio.href()} className="button button--secondary">
          Compare them in the portfolio
        </Link>
      </div>
      <AddExample disabled={!canAdd} />
      {!canAdd && (
        <p id="services-full" className="muted">
          A planner holds at most {MAX_SERVICES} services. Remove one to add another.
        </p>
      )}
      <ReplacedPlans
        onRestored={(message) => {
          setAnnouncement(message);
          headingRef.current?.focus();
        }}
      />
    </div>
  );
}

/** The shared team answers: how many are given, and the way to them. */
function TeamSummary({ serviceCount }: { serviceCount: number }) {
  const kb = getKnowledgeBase();
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const active = usePlannerStore(selectActiveService);
  const answers = useServiceAnswers(active?.id ?? '');
  if (!active) return null;
  const teamQuestions = visibleQuestions(kb, teamAnswers).filter((q) => q.scope === 'team');
  const answered = teamQuestions.filter((q) => teamAnswers[q.id] !== undefined).length;
  const step = visibleSteps(kb, answers).findIndex((s) =>
    s.questions.some((q) => q.scope === 'team'),
  );
  const shared = serviceCount === 1 ? 'the service below' : `all ${serviceCount} services`;
  return (
    <section className="team-summary" aria-labelledby="team-summary-heading">
      <h2 id="team-summary-heading" className="team-summary__title">
        Team and organisation
      </h2>
      <p>
        {answered} of {teamQuestions.length} questions about the team and organisation answered.
        They are asked once and shared by {shared}; every other question is asked per service.
      </p>
      {step >= 0 && (
        <Link href={routes.step.href(active.id, step + 1)} className="button button--quiet">
          {answered === 0 ? 'Answer the team questions' : 'Change the team answers'}
        </Link>
      )}
    </section>
  );
}
