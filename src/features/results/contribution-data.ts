/**
 * The contribution chart's data, as a pure function of a recommendation, so it can be tested
 * without drawing anything.
 */
import type { Language } from '../../../content';
import { LANGUAGE_NAME } from '../../domain/describe';
import type { RecommendationView } from '../../domain/recommendation-view';

export interface ContributionRow {
  /** The criterion's id, or the profile adjustment's. */
  criterionId: string;
  /** A criterion's pull, or an adjustment the organisation profile adds. */
  kind: 'criterion' | 'profile';
  label: string;
  /** Signed points: positive pulls towards Rust, negative towards Go. */
  value: number;
  towards: Language;
  /** The criterion's weight; null for a profile adjustment. */
  weight: number | null;
  /** "+4.0 towards Rust", for tables and labels. */
  text: string;
}

export interface ContributionChartData {
  /** Every part of the net: criteria that pull either way and profile adjustments, largest first. */
  rows: ContributionRow[];
  /** The sum of all pulls; `towards` is null when it is level. */
  net: { value: number; towards: Language | null; text: string };
  /** Half-width of the close-call band around zero, in points. */
  band: number;
  /** Symmetric axis extent, in points: covers every bar, the net score and the band. */
  extent: number;
  /** Axis ticks: zero and round steps either side of it, within the extent. */
  ticks: number[];
}

/**
 * Each part of the score, largest first — every criterion's signed pull and each organisation
 * profile adjustment — with the net score they add up to and the close-call band.
 */
export function toContributionChartData(
  view: Pick<RecommendationView, 'parts' | 'net'>,
  maxScore: number,
  closeCallMargin: number,
): ContributionChartData {
  const result = { score: view.net, maxScore };
  const rows = view.parts.map((p) => ({
    criterionId: p.id,
    kind: p.kind,
    label: p.label,
    value: p.value,
    towards: p.towards,
    weight: p.weight,
    text: describePoints(p.value),
  }));
  const band = closeCallMargin * result.maxScore;
  const largest = Math.max(band, Math.abs(result.score), ...rows.map((r) => Math.abs(r.value)));
  // A fifth more than the longest bar leaves room for the value printed at its end.
  const extent = Math.max(1, Math.ceil(largest * 1.2));
  const step = niceStep(extent / 3);
  const ticks: number[] = [];
  for (let t = -Math.floor(extent / step) * step; t <= extent; t += step) ticks.push(t || 0);
  return {
    rows,
    net: {
      value: result.score,
      towards: result.score === 0 ? null : result.score > 0 ? 'rust' : 'go',
      text: describePoints(result.score),
    },
    band,
    extent,
    ticks,
  };
}

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `least`. */
function niceStep(least: number): number {
  for (let power = 1; ; power *= 10) {
    for (const base of [1, 2, 5]) if (base * power >= least) return base * power;
  }
}

/** "+4.0 towards Rust", "−2.5 towards Go", "level": a signed pull, for a chart or a table. */
export function describePoints(value: number): string {
  if (value === 0) return 'level';
  const towards = LANGUAGE_NAME[value > 0 ? 'rust' : 'go'];
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} towards ${towards}`;
}
