/**
 * A closed-loop HTTP load generator on `node:http`: N workers, each sending the next GET as soon as
 * the previous response body has been read in full, over a shared keep-alive agent. Counts a
 * response other than 200, or a failed request, as an error; records latency of successes only.
 */
import http from 'node:http';

export interface Target {
  host: string;
  port: number;
  path: string;
  /** e.g. the session cookie. */
  headers?: Record<string, string>;
}

export interface GetResult {
  status: number;
  bytes: number;
}

/** One GET, resolving once the whole body has arrived. */
export function get(target: Target, agent: http.Agent | false, timeoutMs = 30_000): Promise<GetResult> {
  return new Promise((resolve, reject) => {
    const request = http.get({ ...target, agent, timeout: timeoutMs }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets });
}

/** Stop after a duration, or after a number of requests in total (across workers). */
export type LoadLimit = { durationMs: number } | { requests: number };

export interface LoadOutcome {
  /** Latency of each successful request, ms. */
  latenciesMs: number[];
  errors: number;
  /** First error message seen, to explain a non-zero error count. */
  firstError: string | undefined;
  elapsedMs: number;
}

interface LoadState {
  started: number;
  sent: number;
  outcome: LoadOutcome;
}

function shouldContinue(limit: LoadLimit, state: LoadState): boolean {
  if ('durationMs' in limit) return performance.now() - state.started < limit.durationMs;
  return state.sent < limit.requests;
}

async function worker(target: Target, agent: http.Agent, limit: LoadLimit, state: LoadState): Promise<void> {
  while (shouldContinue(limit, state)) {
    state.sent++;
    const begin = performance.now();
    try {
      const { status } = await get(target, agent);
      if (status === 200) {
        state.outcome.latenciesMs.push(performance.now() - begin);
        continue;
      }
      state.outcome.firstError ??= `HTTP ${status}`;
    } catch (error) {
      state.outcome.firstError ??= (error as Error).message;
    }
    state.outcome.errors++;
  }
}

/** Runs `concurrency` workers against the target until the limit is reached. */
export async function runLoad(
  target: Target,
  agent: http.Agent,
  concurrency: number,
  limit: LoadLimit,
): Promise<LoadOutcome> {
  const state: LoadState = {
    started: performance.now(),
    sent: 0,
    outcome: { latenciesMs: [], errors: 0, firstError: undefined, elapsedMs: 0 },
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker(target, agent, limit, state)));
  state.outcome.elapsedMs = performance.now() - state.started;
  return state.outcome;
}
