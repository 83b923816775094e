import { cleanup, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { recommend } from '../../src/domain/recommend';
import { recommendationView } from '../../src/domain/recommendation-view';
import { flipTable, triggerRows } from '../../src/domain/flip-rows';
import { FlipTableView } from '../../src/components/flip-table-view';
import { ResultSummary } from '../../src/features/results/result-summary';
import { SUMMARY_REASONS, toResultSummary } from '../../src/features/results/summary-data';
import { describeChanges, type SeenResult } from '../../src/features/results/what-changed';
import { WhatChangedNote } from '../../src/features/results/what-changed-note';
import { setAnswer, startOver } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';

const kb = getKnowledgeBase();
/** The summary of a preset's answers, through the one recommendation view. */
const summaryOf = (result: ReturnType<typeof recommend>, answers: Record<string, string>) =>
  toResultSummary(recommendationView(kb, result, { answers }));
const presetAnswers = (id: string) => {
  const preset = kb.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`no worked example ${id}`);
  return preset.answers;
};

describe('the result summary', () => {
  it('gives the verdict, how sure, the strongest reasons, the flip in one line and the actions', () => {
    const result = recommend(kb, presetAnswers('billing-crud-api'));
    const summary = summaryOf(result, presetAnswers('billing-crud-api'));
    render(<ResultSummary summary={summary} actions={<button type="button">Act</button>} />);
    const region = screen.getByRole('region', { name: summary.headline });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(summary.headline);
    expect(within(region).getByText('How sure').nextElementSibling).toHaveTextContent(
      new RegExp(
        `^${summary.level}\\. ${result.confidence.answered} of ${result.confidence.shown}`,
      ),
    );
    const reasons = within(region).getAllByRole('listitem');
    expect(reasons).toHaveLength(Math.min(SUMMARY_REASONS, result.reasons.length));
    expect(reasons[0]).toHaveTextContent(result.reasons[0]!.label);
    expect(within(region).getByText(`and ${result.reasons.length - SUMMARY_REASONS} more below.`));
    // One line, naming the language it would flip to.
    const flip = within(region).getByText('What would flip it').nextElementSibling!;
    expect(flip.textContent).toContain(result.flips.towards === 'rust' ? 'Rust' : 'Go');
    expect(flip.textContent.split('. ').length).toBeLessThanOrEqual(2);
    expect(within(region).getByRole('button', { name: 'Act' })).toBeInTheDocument();
  });
});

describe('the result summary where a rule decides', () => {
  it('calls the reasons the score’s strongest pulls, not reasons for the verdict', () => {
    const gated = recommend(kb, presetAnswers('rewrite-because-faster'));
    expect(gated.confidence.decidedBy).toBe('rule');
    render(
      <ResultSummary
        summary={summaryOf(gated, presetAnswers('rewrite-because-faster'))}
        actions={null}
      />,
    );
    expect(screen.getByText('Strongest pulls in the score')).toBeInTheDocument();
    expect(screen.queryByText('Top reasons')).toBeNull();
    cleanup();
    const scored = recommend(kb, presetAnswers('billing-crud-api'));
    expect(scored.confidence.decidedBy).toBe('score');
    render(
      <ResultSummary
        summary={summaryOf(scored, presetAnswers('billing-crud-api'))}
        actions={null}
      />,
    );
    expect(screen.getByText('Top reasons')).toBeInTheDocument();
  });
});

describe('the flip table', () => {
  it('lays out one row group per way to flip it, each change once, its outcome once', () => {
    const result = recommend(kb, presetAnswers('billing-crud-api'));
    const table = flipTable(kb, result);
    // A steady Go shop's API: no estimate off by a step turns it, but things changing can.
    const rows = [...table.rows, ...table.events];
    expect(rows.length).toBeGreaterThan(0);
    render(<FlipTableView rows={rows} caption="Ways to flip it" />);
    const view = screen.getByRole('table', { name: 'Ways to flip it' });
    const groups = view.querySelectorAll('tbody');
    expect(groups).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const group = groups[i] as HTMLElement;
      expect(within(group).getAllByRole('rowheader')).toHaveLength(row.changes.length);
      // The outcome spans the set's rows: said once, not once per change.
      expect(within(group).getAllByText(row.outcome)).toHaveLength(1);
    });
  });

  it('keeps a trigger that repeats a flip out of the trigger rows', () => {
    const result = recommend(kb, presetAnswers('billing-crud-api'));
    const rows = triggerRows(result.triggers);
    const sentences = new Set(rows.map((t) => t.condition));
    expect(sentences.size).toBe(rows.length);
    // Every answer set the flip table lists is absent from the triggers.
    expect(rows.every((t) => !t.condition.startsWith('If '))).toBe(true);
    expect(rows.map((t) => t.id)).not.toContain('flip-events');
  });
});

describe('what changed since the last visit', () => {
  const before: SeenResult = {
    headline: 'Go',
    leadPoints: 20.5,
    level: 'High confidence',
    reasons: ['Team fluency', 'Time to ship'],
  };

  it('says what the verdict, lead, confidence and reasons were and are', () => {
    const now: SeenResult = {
      headline: 'Go',
      leadPoints: 1,
      level: 'Medium confidence',
      reasons: ['Team fluency', 'Latency budget and tail sensitivity'],
    };
    const changes = describeChanges(before, now);
    expect(changes).toEqual([
      'Was Go with a lead of 20.5 points, now Go with a lead of 1 point.',
      'Was high confidence, now medium confidence.',
      'Now among the strongest reasons: Latency budget and tail sensitivity.',
      'No longer among them: Time to ship.',
    ]);
    render(<WhatChangedNote changes={changes} />);
    expect(screen.getByRole('note')).toHaveTextContent('Since your last visit to this result');
    expect(within(screen.getByRole('note')).getAllByRole('listitem')).toHaveLength(4);
  });

  it('says nothing when nothing changed', () => {
    expect(describeChanges(before, { ...before })).toEqual([]);
    const { container } = render(<WhatChangedNote changes={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  describe('on the result page', () => {
    beforeEach(() => {
      localStorage.clear();
      startOver('billing-crud-api');
    });

    it('shows nothing on the first visit, and the change after an answer changes', async () => {
      const first = renderAt('#/services/s1/result');
      await screen.findByRole('heading', { level: 2, name: /^(Go|Close call: Go)$/ });
      expect(screen.queryByRole('note', { name: /Since your last visit/ })).toBeNull();
      first.unmount();
      cleanup();

      setAnswer('s1', 'latency-budget', 'under-10ms');
      renderAt('#/services/s1/result');
      const note = await screen.findByRole('note', { name: /Since your last visit/ });
      expect(note).toHaveTextContent(
        /^Since your last visit to this result.*Was Go with a lead of [\d.]+ points?, now/,
      );
    });
  });
});
