import { lazy } from 'react';
import type { Evidence, Source } from '../../../content';
import { ChartSlot } from '../../components/chart-slot';
import { toMeasurementChartData } from './measurement-data';
import { MeasurementTable } from './measurement-table';

const MeasurementChart = lazy(() => import('./measurement-chart'));

/** A piece of evidence's figures: charts and a table, citing the article and the workload. */
export function MeasurementFigure({ evidence, source }: { evidence: Evidence; source: Source }) {
  const panels = toMeasurementChartData(evidence);
  if (panels.length === 0) return null;
  const captionId = `figure-${evidence.id}`;
  return (
    <figure className="measure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="measure__caption">
        {evidence.title}: Go and Rust side by side, as measured in <cite>{source.title}</cite>
      </figcaption>
      {evidence.workload && (
        <p className="measure__workload">
          <strong>Measured on:</strong> {evidence.workload}
        </p>
      )}
      {/* Several panels side by side need the full width, so the table follows the charts. */}
      <ChartSlot>
        <MeasurementChart panels={panels} />
      </ChartSlot>
      <MeasurementTable caption={`${evidence.title}: the figures`} panels={panels} />
    </figure>
  );
}
