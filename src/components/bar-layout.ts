/**
 * Where the bars of a horizontal bar chart go, as a pure function of the values and the space, so
 * the geometry can be tested without drawing anything. The charts draw these boxes with
 * recharts' SVG primitives.
 */

/** A value's box, in pixels from the chart's top-left corner. */
export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The bar's end away from zero: where its value is written. */
  end: number;
  value: number;
}

export interface BarLayoutOptions {
  /** The values the plot spans, left to right; it must contain zero. */
  domain: readonly [number, number];
  /** The plot's left and right edges, in pixels. */
  left: number;
  right: number;
  /** The top of the first row, in pixels. */
  top: number;
  /** Each row's height, and the bar's thickness, centred in its row (or at `barOffset`). */
  rowHeight: number;
  barHeight: number;
  /** The bar's distance from the top of its row; centred when absent. */
  barOffset?: number;
}

export interface BarLayout {
  /** Maps a value to its x position, linearly; values outside the domain are clamped to it. */
  x: (value: number) => number;
  bars: BarBox[];
  /** The bottom of the last row. */
  bottom: number;
}

/** One bar per value, a row each, from zero to the value. */
export function layoutHorizontalBars(
  values: readonly number[],
  options: BarLayoutOptions,
): BarLayout {
  const { domain, left, right, top, rowHeight, barHeight } = options;
  const [low, high] = domain;
  if (!(low <= 0 && high >= 0 && high > low)) {
    throw new RangeError(`the domain [${low}, ${high}] must contain zero and not be empty`);
  }
  const width = Math.max(0, right - left);
  const x = (value: number) => {
    const clamped = Math.min(high, Math.max(low, value));
    return left + ((clamped - low) / (high - low)) * width;
  };
  const zero = x(0);
  const offset = options.barOffset ?? (rowHeight - barHeight) / 2;
  const bars = values.map((value, row) => {
    const end = x(value);
    return {
      x: Math.min(zero, end),
      y: top + row * rowHeight + offset,
      width: Math.abs(end - zero),
      height: barHeight,
      end,
      value,
    };
  });
  return { x, bars, bottom: top + values.length * rowHeight };
}
