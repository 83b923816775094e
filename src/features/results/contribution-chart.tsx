/**
 * The contribution chart: one horizontal bar per criterion, Go to the left of zero and Rust to the
 * right, the net score last, and the close-call band shaded around zero. Loaded lazily, so its
 * charting library stays out of the first screen's bundle.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Text,
  XAxis,
  YAxis,
} from 'recharts';
import type { ContributionChartData } from './contribution-data';

const ROW_HEIGHT = 38;
/** Phones get taller rows: criterion labels wrap onto more lines in the narrower label column. */
const NARROW_ROW_HEIGHT = 50;
const NET_LABEL = 'Net score';

interface BarDatum {
  key: string;
  label: string;
  value: number;
  className: string;
}

interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

function BarValue({ x = 0, y = 0, width = 0, height = 0, value = 0 }: BarLabelProps) {
  const [left, w, top, h, v] = [x, width, y, height, value].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const start = Math.min(left, left + w);
  const end = Math.max(left, left + w);
  if (!Number.isFinite(v) || v === 0) return <g />;
  return (
    <text
      x={v > 0 ? end + 4 : start - 4}
      y={top + h / 2}
      dy="0.35em"
      textAnchor={v > 0 ? 'start' : 'end'}
      className="chart-value"
    >
      {Math.abs(v).toFixed(1)}
    </text>
  );
}

export default function ContributionChart({
  data,
  narrow,
}: {
  data: ContributionChartData;
  narrow: boolean;
}) {
  const bars: BarDatum[] = [
    ...data.rows.map((r) => ({
      key: r.criterionId,
      label: r.label,
      value: r.value,
      className: `chart-bar chart-bar--${r.towards}`,
    })),
    {
      key: 'net',
      label: NET_LABEL,
      value: data.net.value,
      className: `chart-bar chart-bar--net chart-bar--${data.net.towards ?? 'level'}`,
    },
  ];
  const labelWidth = narrow ? 128 : 190;
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  return (
    <ResponsiveContainer width="100%" height={bars.length * rowHeight + 48}>
      <BarChart
        data={bars}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 36, bottom: 20, left: 4 }}
        barCategoryGap={8}
      >
        <CartesianGrid horizontal={false} className="chart-grid" />
        <ReferenceArea
          x1={-data.band}
          x2={data.band}
          className="chart-band"
          ifOverflow="extendDomain"
        />
        <XAxis
          type="number"
          domain={[-data.extent, data.extent]}
          ticks={data.ticks}
          tickFormatter={(v: number) => String(Math.abs(v))}
          className="chart-axis"
          label={{
            value: '← towards Go · points · towards Rust →',
            position: 'insideBottom',
            offset: -14,
            className: 'chart-axis-label',
          }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          interval={0}
          tickLine={false}
          className="chart-axis"
          tick={({
            x,
            y,
            payload,
          }: {
            x: number | string;
            y: number | string;
            payload: { value: unknown };
          }) => (
            <Text
              x={Number(x) - 6}
              y={y}
              width={labelWidth - 10}
              textAnchor="end"
              verticalAnchor="middle"
              className={payload.value === NET_LABEL ? 'chart-tick chart-tick--net' : 'chart-tick'}
            >
              {String(payload.value)}
            </Text>
          )}
        />
        <ReferenceLine x={0} className="chart-zero" />
        <Bar dataKey="value" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.key} className={bar.className} />
          ))}
          <LabelList dataKey="value" content={BarValue} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
