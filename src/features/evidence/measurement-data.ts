/**
 * The measurement charts' data, as a pure function of a piece of evidence, so it can be tested
 * without drawing anything. One panel per metric: Go and Rust side by side, in the metric's unit.
 */
import type { Evidence, Language, Measurement } from '../../../content';
import { LANGUAGE_NAME } from '../../domain/describe';

export interface MeasurementBar {
  language: Language;
  name: string;
  value: number;
  /** "27,800 req/s", "~1,680 lines". */
  display: string;
}

export interface MeasurementPanel {
  metric: string;
  label: string;
  unit: Measurement['unit'];
  better: Measurement['better'];
  /** Go first, then Rust. */
  bars: [MeasurementBar, MeasurementBar];
  /** The language with the better figure, or null when they are equal. */
  winner: Language | null;
  /** "Rust lower by 1.6×", "Go lower by 20×", "equal". */
  comparison: string;
}

/** One chart panel per measured metric of a piece of evidence (none when it has no figures). */
export function toMeasurementChartData(evidence: Evidence): MeasurementPanel[] {
  return (evidence.measurements ?? []).map((m) => {
    const bar = (language: Language): MeasurementBar => ({
      language,
      name: LANGUAGE_NAME[language],
      value: m[language],
      display: formatFigure(m[language], m.unit, m.approximate),
    });
    const winner =
      m.go === m.rust ? null : m.rust > m.go === (m.better === 'higher') ? 'rust' : 'go';
    return {
      metric: m.metric,
      label: m.label,
      unit: m.unit,
      better: m.better,
      bars: [bar('go'), bar('rust')],
      winner,
      comparison: winner
        ? `${LANGUAGE_NAME[winner]} ${m.better} by ${formatRatio(m.go, m.rust)}`
        : 'equal',
    };
  });
}

/** A figure with its unit, as the article gives it: "18 ms", "27,800 req/s", "~1,680 lines". */
export function formatFigure(value: number, unit: string, approximate?: boolean): string {
  return `${approximate ? '~' : ''}${value.toLocaleString('en-US')} ${unit}`;
}

/** How many times larger the larger figure is: "1.6×", "20×"; "∞×" against zero. */
function formatRatio(a: number, b: number): string {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (low === 0) return '∞×';
  const ratio = high / low;
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;
}
