/**
 * The contribution chart's data, as a pure function of a recommendation, so it can be tested
 * without drawing anything.
 */
import type { Language } from '../../../content';
import { LANGUAGE_NAME } from '../../domain/describe';
import type { Recommendation } from '../../domain/recommend';

export interface ContributionRow {
  criterionId: string;
  label: string;
  /** Signed points: positive pulls towards Rust, negative towards Go. */
  value: number;
  towards: Language;
  weight: number;
  /** "+4.0 towards Rust", for tables and labels. */
  text: string;
}

export interface ContributionChartData {
  /** Criteria that pull either way, largest pull first. */
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

/** Each criterion's signed contribution, largest first, with the net score and close-call band. */
export function toContributionChartData(
  result: Pick<Recommendation, 'reasons' | 'score' | 'maxScore'>,
  closeCallMargin: number,
): ContributionChartData {
  const rows = result.reasons.map((r) => ({
    criterionId: r.criterionId,
    label: r.label,
    value: r.contribution,
    towards: r.towards,
    weight: r.weight,
    text: describePoints(r.contribution),
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

/** "+4.0 towards Rust", "−2.5 towards Go", "level". */
export function describePoints(value: number): string {
  if (value === 0) return 'level';
  const towards = LANGUAGE_NAME[value > 0 ? 'rust' : 'go'];
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} towards ${towards}`;
}
