import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { recommend } from '../../src/domain/recommend';
import { recommendationView } from '../../src/domain/recommendation-view';
import type { Answers } from '../../content';
import { toContributionChartData } from '../../src/features/results/contribution-data';
import { toMeasurementChartData } from '../../src/features/evidence/measurement-data';

const kb = getKnowledgeBase();
const evidence = (id: string) => kb.evidence.find((e) => e.id === id)!;
/** The chart's data for a set of answers, through the one recommendation view. */
const chartOf = (answers: Answers) => {
  const result = recommend(kb, answers);
  return toContributionChartData(
    recommendationView(kb, result, { answers }),
    result.maxScore,
    kb.scoring.closeCallMargin,
  );
};
const SCENARIO_5 = {
  'workload-kind': 'hot-path',
  bottleneck: 'cpu',
  'latency-budget': 'under-10ms',
};

describe('toContributionChartData', () => {
  it('gives each criterion’s signed pull, largest first, with the net score and close-call band', () => {
    const data = chartOf(SCENARIO_5);
    expect(data.rows.map((r) => [r.criterionId, r.value, r.text])).toEqual([
      ['compute-profile', 5, '+5.0 towards Rust'],
      ['latency', 5, '+5.0 towards Rust'],
    ]);
    expect(data.net).toEqual({ value: 10, towards: 'rust', text: '+10.0 towards Rust' });
    // The band is the close-call margin of the largest score the default weights allow.
    const maxScore = kb.criteria.reduce((sum, c) => sum + c.defaultWeight, 0);
    expect(data.band).toBeCloseTo(kb.scoring.closeCallMargin * maxScore, 9);
    expect(data.extent).toBe(12);
    expect(data.ticks).toEqual([-10, -5, 0, 5, 10]);
  });

  it('puts Go pulls below zero and keeps the bars summing to the net score', () => {
    const data = chartOf(kb.presets.find((p) => p.id === 'billing-crud-api')!.answers);
    const sizes = data.rows.map((r) => Math.abs(r.value));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(data.rows.every((r) => (r.towards === 'go') === r.value < 0)).toBe(true);
    expect(data.rows.reduce((sum, r) => sum + r.value, 0)).toBeCloseTo(data.net.value, 9);
    expect(data.net.towards).toBe('go');
    expect(data.ticks).toContain(0);
    expect(Math.max(...data.ticks)).toBeLessThanOrEqual(data.extent);
    expect(data.extent).toBeGreaterThanOrEqual(Math.abs(data.net.value));
  });

  it('is empty and level when nothing is answered', () => {
    const data = chartOf({});
    expect(data.rows).toEqual([]);
    expect(data.net).toEqual({ value: 0, towards: null, text: 'level' });
  });
});

describe('toMeasurementChartData', () => {
  it('charts the benchmark: throughput, latency, memory and CPU, with who wins and by how much', () => {
    const panels = toMeasurementChartData(evidence('billing-api-benchmark'));
    expect(panels.map((p) => p.metric)).toEqual([
      'throughput',
      'latency-p50',
      'latency-p99',
      'rss-steady',
      'rss-peak',
      'cpu-10k',
    ]);
    const [throughput, , p99, , peak] = panels;
    expect(throughput!.bars.map((b) => [b.name, b.value, b.display])).toEqual([
      ['Go', 18400, '18,400 req/s'],
      ['Rust', 27800, '27,800 req/s'],
    ]);
    expect(throughput!.comparison).toBe('Rust higher by 1.5×');
    expect(p99).toMatchObject({ winner: 'rust', comparison: 'Rust lower by 1.6×' });
    expect(peak!.comparison).toBe('Rust lower by 3.2×');
  });

  it('charts build and test times, where Go wins', () => {
    const panels = toMeasurementChartData(evidence('compile-times'));
    expect(panels.map((p) => [p.label, p.comparison])).toEqual([
      ['Cold full build', 'Go lower by 20×'],
      ['Incremental build (one file)', 'Go lower by 7.5×'],
      ['Cold test run', 'Go lower by 17×'],
      ['Incremental test run', 'Go lower by 5.3×'],
    ]);
  });

  it('marks approximate figures and gives nothing for a claim without figures', () => {
    const total = toMeasurementChartData(evidence('lines-of-code')).find(
      (p) => p.metric === 'loc-total',
    );
    expect(total?.bars.map((b) => b.display)).toEqual(['~1,680 lines', '~1,530 lines']);
    expect(toMeasurementChartData(evidence('gc-latency-spikes'))).toEqual([]);
  });
});
