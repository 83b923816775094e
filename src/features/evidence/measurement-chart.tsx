/**
 * Small multiples of measured figures: one panel per metric, Go and Rust as two bars in the
 * metric's own unit (a cold build and an incremental one differ a hundredfold, so they do not
 * share an axis). Loaded lazily, so its charting library stays out of the first screen's bundle.
 */
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MeasurementPanel } from './measurement-data';

interface ValueProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** The figure at the end of its bar, on one line. */
function BarFigure({ x = 0, y = 0, width = 0, height = 0, value }: ValueProps) {
  return (
    <text
      x={Number(x) + Number(width) + 6}
      y={Number(y) + Number(height) / 2}
      dy="0.35em"
      className="chart-value"
    >
      {String(value)}
    </text>
  );
}

export default function MeasurementChart({ panels }: { panels: readonly MeasurementPanel[] }) {
  return (
    <div className="measure-grid">
      {panels.map((panel) => (
        <div key={panel.metric} className="measure-panel">
          <p className="measure-panel__title">
            {panel.label}{' '}
            <span className="measure-panel__unit">
              ({panel.unit}, {panel.better} is better)
            </span>
          </p>
          <ResponsiveContainer width="100%" height={72}>
            <BarChart
              data={panel.bars}
              layout="vertical"
              accessibilityLayer={false}
              margin={{ top: 0, right: 100, bottom: 0, left: 0 }}
              barCategoryGap={6}
            >
              <XAxis type="number" hide domain={[0, 'dataMax']} />
              <YAxis
                type="category"
                dataKey="name"
                width={44}
                tickLine={false}
                axisLine={false}
                className="chart-axis"
              />
              <Bar dataKey="value" isAnimationActive={false}>
                {panel.bars.map((bar) => (
                  <Cell key={bar.language} className={`chart-bar chart-bar--${bar.language}`} />
                ))}
                <LabelList dataKey="display" content={BarFigure} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <p className="measure-panel__note">{panel.comparison}</p>
        </div>
      ))}
    </div>
  );
}
