import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHorizontalBars } from '../../src/components/bar-layout';

const OPTIONS = { left: 100, right: 300, top: 10, rowHeight: 40, barHeight: 20 } as const;

describe('layoutHorizontalBars', () => {
  it('draws each value from zero, a row each, centred in its row', () => {
    const { bars, x, bottom } = layoutHorizontalBars([5, -2.5, 0], {
      ...OPTIONS,
      domain: [-10, 10],
    });
    expect(x(0)).toBe(200);
    expect(bars).toEqual([
      { x: 200, y: 20, width: 50, height: 20, end: 250, value: 5 },
      { x: 175, y: 60, width: 25, height: 20, end: 175, value: -2.5 },
      { x: 200, y: 100, width: 0, height: 20, end: 200, value: 0 },
    ]);
    expect(bottom).toBe(130);
  });

  it('starts a domain from zero at the plot’s left edge and puts bars where asked in the row', () => {
    const { bars } = layoutHorizontalBars([18_400, 27_800], {
      ...OPTIONS,
      domain: [0, 27_800],
      barOffset: 4,
    });
    expect(bars.map((b) => [b.x, b.y, Math.round(b.width)])).toEqual([
      [100, 14, 132],
      [100, 54, 200],
    ]);
  });

  it('clamps values outside the domain to its edges', () => {
    const { bars } = layoutHorizontalBars([50, -50], { ...OPTIONS, domain: [-10, 10] });
    expect(bars.map((b) => [b.x, b.end])).toEqual([
      [200, 300],
      [100, 100],
    ]);
  });

  it('refuses a domain without zero or without width', () => {
    expect(() => layoutHorizontalBars([1], { ...OPTIONS, domain: [1, 5] })).toThrow(RangeError);
    expect(() => layoutHorizontalBars([0], { ...OPTIONS, domain: [0, 0] })).toThrow(RangeError);
  });

  it('keeps every bar inside the plot, on its value’s side of zero, as long as the value is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { maxLength: 20 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.integer({ min: 0, max: 2000 }),
        (values, extent, width) => {
          const { bars, x } = layoutHorizontalBars(values, {
            ...OPTIONS,
            right: OPTIONS.left + width,
            domain: [-extent, extent],
          });
          const zero = x(0);
          const pxPerUnit = width / (2 * extent);
          bars.forEach((bar, i) => {
            const value = values[i]!;
            expect(bar.x).toBeGreaterThanOrEqual(OPTIONS.left - 1e-9);
            expect(bar.x + bar.width).toBeLessThanOrEqual(OPTIONS.left + width + 1e-9);
            if (value > 0) expect(bar.x).toBeCloseTo(zero, 6);
            if (value < 0) expect(bar.x + bar.width).toBeCloseTo(zero, 6);
            expect(bar.width).toBeCloseTo(Math.min(Math.abs(value), extent) * pxPerUnit, 6);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
