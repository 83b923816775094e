/**
 * Small multiples of measured figures: one panel per metric, Go and Rust as two bars in the
 * metric's own unit (a cold build and an incremental one differ a hundredfold, so they do not
 * share an axis). Loaded lazily, so its charting library stays out of the first screen's bundle.
 *
 * Drawn from recharts' SVG primitives on a tested layout (components/bar-layout.ts), as the
 * contribution chart is, for the same reason: size.
 */
import { Layer, Rectangle, Surface } from 'recharts';
import { layoutHorizontalBars } from '../../components/bar-layout';
import { useElementWidth } from '../../components/use-element-width';
import type { MeasurementPanel } from './measurement-data';

/** The language names' column, and room after the longer bar for its figure ("27,800 req/s"). */
const LABEL_WIDTH = 44;
const FIGURE_ROOM = 100;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 24;

function PanelChart({ panel }: { panel: MeasurementPanel }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const layout = layoutHorizontalBars(
    panel.bars.map((bar) => bar.value),
    {
      domain: [0, Math.max(...panel.bars.map((bar) => bar.value), Number.MIN_VALUE)],
      left: LABEL_WIDTH,
      right: Math.max(LABEL_WIDTH, width - FIGURE_ROOM),
      top: 2,
      rowHeight: ROW_HEIGHT,
      barHeight: BAR_HEIGHT,
    },
  );
  const height = layout.bottom + 2;
  return (
    <div ref={ref} className="chart-frame" style={{ height }}>
      {width > 0 && (
        <Surface width={width} height={height} className="chart">
          {panel.bars.map((bar, index) => {
            const box = layout.bars[index];
            if (!box) return null;
            const middle = box.y + box.height / 2;
            return (
              <Layer key={bar.language} className="chart-row">
                <text
                  x={LABEL_WIDTH - 8}
                  y={middle}
                  dy="0.35em"
                  textAnchor="end"
                  className="chart-tick"
                >
                  {bar.name}
                </text>
                <Rectangle
                  className={`chart-bar chart-bar--${bar.language}`}
                  x={box.x}
                  y={box.y}
                  width={box.width}
                  height={box.height}
                />
                <text x={box.end + 6} y={middle} dy="0.35em" className="chart-value">
                  {bar.display}
                </text>
              </Layer>
            );
          })}
        </Surface>
      )}
    </div>
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
          <PanelChart panel={panel} />
          <p className="measure-panel__note">{panel.comparison}</p>
        </div>
      ))}
    </div>
  );
}
