/** Timing one call and taking samples of a call, for the in-process benchmarks. */

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

/** Milliseconds of `n` calls of `fn`, one after the other. */
export async function samples(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await timed(fn))[1]);
  return out;
}
