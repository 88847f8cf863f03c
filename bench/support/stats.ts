/** Small statistics over samples: min, median and nearest-rank percentiles. */

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples');
  return [...samples].sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0..100) of samples sorted ascending. */
export function percentileOfSorted(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) throw new Error('no samples');
  const rank = Math.ceil((p / 100) * ascending.length);
  const index = Math.min(ascending.length - 1, Math.max(0, rank - 1));
  return ascending[index] ?? Number.NaN;
}

export function percentile(samples: readonly number[], p: number): number {
  return percentileOfSorted(sorted(samples), p);
}

export function median(samples: readonly number[]): number {
  const ascending = sorted(samples);
  const middle = Math.floor(ascending.length / 2);
  const upper = ascending[middle] ?? Number.NaN;
  if (ascending.length % 2 === 1) return upper;
  return ((ascending[middle - 1] ?? upper) + upper) / 2;
}

export function min(samples: readonly number[]): number {
  return sorted(samples)[0] ?? Number.NaN;
}

export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
