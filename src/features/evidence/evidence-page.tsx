import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { getKnowledgeBase, type Criterion } from '../../../content';
import { indexKnowledgeBase } from '../../domain/kb-index';
import { changedWeights } from '../../domain/weights';
import { Notice } from '../../components/notice';
import { criterionItemId, routes } from '../../routes';
import { usePageFocus } from '../../components/use-page-focus';
import { usePlannerStore } from '../../state/planner-store';
import { ConflictEntry } from './conflict-entry';
import { CriterionEntry } from './criterion-entry';
import { EvidenceEntry } from './evidence-entry';
import { useAnchorFocus } from './use-anchor-focus';
import './evidence.css';

const SECTIONS = [
  { id: 'measurements', title: 'Measured side by side' },
  { id: 'criteria', title: 'The criteria' },
  { id: 'conflicts', title: 'Where the sources disagree' },
  { id: 'claims', title: 'Every claim, by source' },
  { id: 'sources', title: 'The sources' },
] as const;

/**
 * The knowledge base, browsable: measured figures with charts, criteria, the recorded conflicts,
 * every claim by source, and the sources. `itemId` names one entry to scroll to and focus.
 */
export function EvidencePage({ itemId }: { itemId?: string }) {
  const kb = getKnowledgeBase();
  const overrides = usePlannerStore((s) => s.weights);
  const changed = changedWeights(kb, overrides);
  const anchor = itemId ? `kb-${itemId}` : undefined;
  const known = !itemId || isKnownItem(itemId);
  const headingRef = usePageFocus<HTMLHeadingElement>(
    `evidence-${itemId ?? ''}`,
    'Evidence library — Rust or Go?',
  );
  useAnchorFocus(known ? anchor : undefined);

  const index = indexKnowledgeBase(kb);
  const citedBy = (evidenceId: string): Criterion[] =>
    kb.criteria.filter(
      (c) => c.evidence.rust.includes(evidenceId) || c.evidence.go.includes(evidenceId),
    );
  const measured = kb.evidence.filter((e) => e.measurements);
  const claims = kb.evidence.filter((e) => !e.measurements);

  return (
    <div className="page page--evidence">
      {/* With an entry to land on, that entry takes focus instead of the heading. */}
      <h1 ref={itemId && known ? undefined : headingRef} tabIndex={-1}>
        <span className="eyebrow">
          Knowledge base {kb.version} ({kb.date})
        </span>{' '}
        Evidence library
      </h1>
      {!known && (
        <Notice tone="warning" title={`Nothing in the knowledge base is called “${itemId}”.`}>
          <p>
            The link may come from an older version.{' '}
            <Link href={routes.evidence.href()}>Browse all the evidence</Link>.
          </p>
        </Notice>
      )}
      <p className="lede">
        Every figure and claim the recommendations rest on, restated in our own words with the
        article it comes from. Where two articles disagree, both claims are kept and a question
        decides which applies.
      </p>
      <nav aria-label="On this page" className="kb-toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link href={routes.evidence.href(s.id)}>{s.title}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="measurements" target={itemId}>
        <p>
          Figures as the articles give them, Go and Rust side by side. Each set says what it was
          measured on: a benchmark run on one machine is not a promise about your service.
        </p>
        {measured.map((e) => (
          <EvidenceEntry
            key={e.id}
            evidence={e}
            source={index.source(e.sourceId)}
            citedBy={citedBy(e.id)}
            level={3}
            target={itemId === e.id}
          />
        ))}
      </Section>

      <Section id="criteria" target={itemId}>
        <p>
          The decision drivers, each with its default weight (0 ignored, 5 decisive), the case for
          each language, and the evidence behind both. Change the weights on any result page.
        </p>
        {kb.criteria.map((c) => (
          <CriterionEntry
            key={c.id}
            kb={kb}
            criterion={c}
            weight={changed[c.id]}
            target={itemId === criterionItemId(c.id)}
          />
        ))}
      </Section>

      <Section id="conflicts" target={itemId}>
        {kb.conflicts.map((c) => (
          <ConflictEntry key={c.id} kb={kb} conflict={c} target={itemId === `conflict-${c.id}`} />
        ))}
      </Section>

      <Section id="claims" target={itemId}>
        {kb.sources.map((source) => {
          const own = claims.filter((e) => e.sourceId === source.id);
          if (own.length === 0) return null;
          return (
            <div key={source.id} className="kb-group">
              <h3>
                <cite>{source.title}</cite>
              </h3>
              {own.map((e) => (
                <EvidenceEntry
                  key={e.id}
                  evidence={e}
                  source={source}
                  citedBy={citedBy(e.id)}
                  level={4}
                  target={itemId === e.id}
                />
              ))}
            </div>
          );
        })}
      </Section>

      <Section id="sources" target={itemId}>
        <ul className="kb-sources">
          {kb.sources.map((s) => (
            <li key={s.id} id={`kb-source-${s.id}`} tabIndex={-1}>
              <cite>{s.title}</cite>{' '}
              <span className="muted">
                ({s.kind.replace('-', ' ')}
                {s.date ? `, ${s.date}` : ''})
              </span>
              {s.url && (
                <>
                  <br />
                  <a href={s.url}>{s.url}</a>
                  {s.publisher ? ` (${s.publisher})` : ''}
                </>
              )}
              <br />
              {s.contributes}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );

  function isKnownItem(id: string): boolean {
    return (
      SECTIONS.some((s) => s.id === id) ||
      kb.evidence.some((e) => e.id === id) ||
      kb.criteria.some((c) => criterionItemId(c.id) === id) ||
      kb.conflicts.some((c) => `conflict-${c.id}` === id) ||
      kb.sources.some((s) => `source-${s.id}` === id)
    );
  }
}

function Section({
  id,
  target,
  children,
}: {
  id: (typeof SECTIONS)[number]['id'];
  target: string | undefined;
  children: ReactNode;
}) {
  const title = SECTIONS.find((s) => s.id === id)?.title ?? id;
  return (
    <section
      id={`kb-${id}`}
      tabIndex={-1}
      className={`kb-section${target === id ? ' kb-section--target' : ''}`}
      aria-labelledby={`kb-${id}-heading`}
    >
      <h2 id={`kb-${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
