/**
 * The contribution chart: one horizontal bar per criterion, Go to the left of zero and Rust to the
 * right, the net score last, and the close-call band shaded around zero. Loaded lazily, so its
 * charting library stays out of the first screen's bundle.
 *
 * Drawn from recharts' SVG primitives on a tested layout (components/bar-layout.ts): recharts'
 * ready-made bar chart brings its whole charting engine (about 89 KiB gzip), where these
 * primitives cost about 10 KiB for the same fixed layout.
 */
import { Layer, Rectangle, Surface, Text } from 'recharts';
import { layoutHorizontalBars } from '../../components/bar-layout';
import { useElementWidth } from '../../components/use-element-width';
import type { ContributionChartData } from './contribution-data';

const NET_LABEL = 'Net score';
const AXIS_LABEL = '← towards Go · points · towards Rust →';

/**
 * Two arrangements, by the chart's own width: a wide chart puts each criterion's name in a
 * column left of its bar; a narrow one (a phone) writes it above its bar, across the full width,
 * so the bars get the whole width too.
 */
const NARROW_BELOW = 480;
const WIDE = { labelWidth: 220, rowHeight: 38, barHeight: 22, labelHeight: 0 };
const NARROW = { labelWidth: 0, rowHeight: 46, barHeight: 18, labelHeight: 20 };
const MARGIN = { top: 6, right: 14, left: 10, axis: 44 };
/**
 * recharts wraps a label by measuring its words off-screen, where the stylesheet's class does
 * not apply: it is told the font size (the same as .chart-tick's) to measure with.
 */
const LABEL_FONT = { fontSize: '13px' } as const;
const NET_LABEL_FONT = { ...LABEL_FONT, fontWeight: 700 } as const;

interface Row {
  key: string;
  label: string;
  value: number;
  className: string;
}

export default function ContributionChart({ data }: { data: ContributionChartData }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < NARROW_BELOW;
  const rows: Row[] = [
    ...data.rows.map((r) => ({
      key: r.criterionId,
      label: r.label,
      value: r.value,
      // A profile's adjustment is its own bar, hatched so it reads apart from the criteria.
      className: `chart-bar chart-bar--${r.towards}${r.kind === 'profile' ? ' chart-bar--profile' : ''}`,
    })),
    {
      key: 'net',
      label: NET_LABEL,
      value: data.net.value,
      className: `chart-bar chart-bar--net chart-bar--${data.net.towards ?? 'level'}`,
    },
  ];
  const size = narrow ? NARROW : WIDE;
  const plotLeft = MARGIN.left + size.labelWidth;
  const layout = layoutHorizontalBars(
    rows.map((r) => r.value),
    {
      domain: [-data.extent, data.extent],
      left: plotLeft,
      right: width - MARGIN.right,
      top: MARGIN.top,
      rowHeight: size.rowHeight,
      barHeight: size.barHeight,
      barOffset: size.labelHeight + (size.rowHeight - size.labelHeight - size.barHeight) / 2,
    },
  );
  const height = layout.bottom + MARGIN.axis;
  const plotBottom = layout.bottom;
  return (
    <div ref={ref} className="chart-frame" style={{ height }}>
      {width > 0 && (
        <Surface width={width} height={height} className="chart">
          <Layer className="chart-grid">
            {data.ticks.map((tick) => (
              <line
                key={tick}
                x1={layout.x(tick)}
                x2={layout.x(tick)}
                y1={MARGIN.top}
                y2={plotBottom}
              />
            ))}
          </Layer>
          <Rectangle
            className="chart-band"
            x={layout.x(-data.band)}
            y={MARGIN.top}
            width={layout.x(data.band) - layout.x(-data.band)}
            height={plotBottom - MARGIN.top}
          />
          {rows.map((row, index) => {
            const bar = layout.bars[index];
            if (!bar) return null;
            const rowTop = MARGIN.top + index * size.rowHeight;
            return (
              <Layer key={row.key} className="chart-row">
                <Text
                  x={narrow ? plotLeft : plotLeft - 8}
                  y={narrow ? rowTop + size.labelHeight / 2 : bar.y + bar.height / 2}
                  width={narrow ? width - plotLeft - MARGIN.right : size.labelWidth - 12}
                  maxLines={narrow ? 1 : 2}
                  textAnchor={narrow ? 'start' : 'end'}
                  verticalAnchor="middle"
                  style={row.key === 'net' ? NET_LABEL_FONT : LABEL_FONT}
                  className={`chart-tick${row.key === 'net' ? ' chart-tick--net' : ''}${
                    narrow ? ' chart-tick--over' : ''
                  }`}
                >
                  {row.label}
                </Text>
                {bar.width > 0 && (
                  <Rectangle
                    className={row.className}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                  />
                )}
                {row.value !== 0 && (
                  <text
                    x={row.value > 0 ? bar.end + 4 : bar.end - 4}
                    y={bar.y + bar.height / 2}
                    dy="0.35em"
                    textAnchor={row.value > 0 ? 'start' : 'end'}
                    className="chart-value"
                  >
                    {Math.abs(row.value).toFixed(1)}
                  </text>
                )}
              </Layer>
            );
          })}
          <line
            className="chart-zero"
            x1={layout.x(0)}
            x2={layout.x(0)}
            y1={MARGIN.top}
            y2={plotBottom}
          />
          <Layer className="chart-axis">
            <line x1={plotLeft} x2={width - MARGIN.right} y1={plotBottom} y2={plotBottom} />
            {data.ticks.map((tick) => (
              <text
                key={tick}
                x={layout.x(tick)}
                y={plotBottom + 16}
                textAnchor="middle"
                className="chart-tick"
              >
                {Math.abs(tick)}
              </text>
            ))}
            <text
              x={(plotLeft + width - MARGIN.right) / 2}
              y={plotBottom + 36}
              textAnchor="middle"
              className="chart-axis-label"
            >
              {AXIS_LABEL}
            </text>
          </Layer>
        </Surface>
      )}
    </div>
  );
}
