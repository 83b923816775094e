import { lazy } from 'react';
import { getKnowledgeBase } from '../../../content';
import type { RecommendationView } from '../../domain/recommendation-view';
import { ChartSlot } from '../../components/chart-slot';
import { toContributionChartData } from './contribution-data';
import { ContributionTable } from './contribution-table';
import './explain.css';

const ContributionChart = lazy(() => import('./contribution-chart'));

/**
 * Each criterion's signed pull as a chart, and the same figures as a table one click away (read
 * by screen readers from the disclosure, and never shown twice side by side).
 */
export function ContributionSection({
  view,
  maxScore,
}: {
  view: RecommendationView;
  maxScore: number;
}) {
  const data = toContributionChartData(view, maxScore, getKnowledgeBase().scoring.closeCallMargin);
  const profiled = data.rows.some((r) => r.kind === 'profile');
  if (data.rows.length === 0) return null;
  return (
    <section className="explain" aria-labelledby="contribution-heading">
      <h2 id="contribution-heading">How the criteria pull</h2>
      <p>
        Bars to the right of zero pull towards Rust, bars to the left towards Go; each is the
        criterion’s weight times how far the answers lean it.
        {profiled &&
          ' The dashed bar is the organisation profile’s adjustment, a part of its own.'}{' '}
        The last bar is the net score, the sum of the bars above it. Inside the shaded band (±
        {data.band.toFixed(1)} points) the verdict is a close call.
      </p>
      <ChartSlot className="contribution-chart">
        <ContributionChart data={data} />
      </ChartSlot>
      <details className="contribution-figures">
        <summary>The same figures as a table</summary>
        <ContributionTable data={data} />
      </details>
    </section>
  );
}
