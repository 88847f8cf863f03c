/**
 * A sampler of one request, repeated until stopped: each sample is one round trip in ms (a request
 * still open at the stop is awaited and counted). `send` answers true for a good answer; false or
 * a throw counts as an error (a kept-alive socket the server closed while its event loop was held
 * fails that way, and the next turn tries again).
 */

import type { Figure } from '../types';
import { percentile, round } from './stats';

export interface ProbeOutcome {
  samples: number[];
  errors: number;
  firstError: string | undefined;
}

export function probe(send: () => Promise<boolean>, intervalMs: number) {
  const outcome: ProbeOutcome = { samples: [], errors: 0, firstError: undefined };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        if (await send()) outcome.samples.push(performance.now() - started);
        else {
          outcome.errors++;
          outcome.firstError ??= 'unexpected status';
        }
      } catch (error) {
        outcome.errors++;
        outcome.firstError ??= (error as Error).message;
      }
      if (intervalMs > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop(): Promise<ProbeOutcome> {
      running = false;
      await loop;
      return outcome;
    },
  };
}

/** Count, errors, p50/p95/p99/max of a probe's samples. */
export function percentileFigures(label: string, outcome: ProbeOutcome): Figure[] {
  const { samples } = outcome;
  const figures: Figure[] = [
    { label: `${label}: answers`, value: samples.length, unit: '' },
    { label: `${label}: errors`, value: outcome.errors, unit: '' },
  ];
  if (samples.length === 0) return figures;
  return [
    ...figures,
    { label: `${label}: p50`, value: round(percentile(samples, 50), 1), unit: 'ms' },
    { label: `${label}: p95`, value: round(percentile(samples, 95), 1), unit: 'ms' },
    { label: `${label}: p99`, value: round(percentile(samples, 99), 1), unit: 'ms' },
    { label: `${label}: max`, value: round(Math.max(...samples), 1), unit: 'ms' },
  ];
}
