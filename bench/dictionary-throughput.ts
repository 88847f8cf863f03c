/**
 * Throughput of `GET /api/dictionaries/managerial` through the full app (every middleware, routing,
 * Hono `c.json`) against a bare `node:http` route doing the same database read, both served by one
 * child process on one PGlite (`support/serve-for-bench.ts`). This process is the load generator:
 * it warms each target up (200 requests), then drives it with 50 concurrent keep-alive clients for
 * BENCH_SECONDS (default 8) each, one target after the other. The full/bare ratio of req/s is the
 * share of the bare throughput the full stack keeps.
 */
import type http from 'node:http';
import { get, keepAliveAgent, type LoadOutcome, runLoad, type Target } from './support/http-load';
import { makeTempDir, type RunningChild, removeDir, spawnTsx, stopChild } from './support/process';
import { percentileOfSorted, round } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'dictionary-throughput';
export const description = 'GET /api/dictionaries/managerial: full app vs. bare route, 50 clients';

const concurrency = 50;
const warmupRequests = 200;
const readyTimeoutMs = 120_000;
const host = '127.0.0.1';

function benchSeconds(): number {
  const raw = process.env.BENCH_SECONDS;
  if (raw === undefined || raw === '') return 8;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`BENCH_SECONDS must be a positive number of seconds, got "${raw}"`);
  }
  return seconds;
}

/** Resolves with the two ports once the child prints `READY <portA> <portB>`. */
function waitForReady(child: RunningChild): Promise<{ fullPort: number; barePort: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`no READY line within ${readyTimeoutMs} ms`)),
      readyTimeoutMs,
    );
    const onData = () => {
      const match = /^READY (\d+) (\d+)$/m.exec(child.output());
      if (!match) return;
      cleanup();
      resolve({ fullPort: Number(match[1]), barePort: Number(match[2]) });
    };
    const onExit = (code: number | null) => fail(new Error(`server exited early (code ${code})`));
    function cleanup() {
      clearTimeout(timer);
      child.process.stdout?.off('data', onData);
      child.process.off('exit', onExit);
    }
    function fail(error: Error) {
      cleanup();
      reject(new Error(`${error.message}; output:\n${child.output()}`));
    }
    child.process.stdout?.on('data', onData);
    child.process.once('exit', onExit);
  });
}

interface TargetRun {
  label: string;
  target: Target;
  agent: http.Agent;
  responseBytes: number;
  outcome?: LoadOutcome;
}

async function prepareTarget(label: string, port: number): Promise<TargetRun> {
  const target = { host, port, path: '/api/dictionaries/managerial' };
  const probe = await get(target, false);
  if (probe.status !== 200) throw new Error(`${label}: ${target.path} answered HTTP ${probe.status}`);
  return { label, target, agent: keepAliveAgent(concurrency), responseBytes: probe.bytes };
}

async function warmUp(run: TargetRun): Promise<void> {
  const outcome = await runLoad(run.target, run.agent, concurrency, { requests: warmupRequests });
  if (outcome.errors > 0) throw new Error(`${run.label}: warm-up failed: ${outcome.firstError}`);
}

function requestsPerSecond(outcome: LoadOutcome): number {
  return outcome.latenciesMs.length / (outcome.elapsedMs / 1000);
}

function targetFigures(run: TargetRun, outcome: LoadOutcome): Figure[] {
  const ascending = [...outcome.latenciesMs].sort((a, b) => a - b);
  const p = (percent: number) => round(percentileOfSorted(ascending, percent), 2);
  return [
    { label: `${run.label}: requests`, value: ascending.length + outcome.errors, unit: '' },
    { label: `${run.label}: req/s`, value: round(requestsPerSecond(outcome)), unit: 'req/s' },
    { label: `${run.label}: latency p50`, value: p(50), unit: 'ms' },
    { label: `${run.label}: latency p95`, value: p(95), unit: 'ms' },
    { label: `${run.label}: latency p99`, value: p(99), unit: 'ms' },
    { label: `${run.label}: errors`, value: outcome.errors, unit: '' },
    { label: `${run.label}: response size`, value: run.responseBytes, unit: 'bytes' },
  ];
}

async function measure(runs: TargetRun[], seconds: number): Promise<void> {
  for (const run of runs) await warmUp(run);
  for (const run of runs) {
    run.outcome = await runLoad(run.target, run.agent, concurrency, { durationMs: seconds * 1000 });
  }
}

function summarize(runs: TargetRun[], seconds: number): BenchResult {
  const figures: Figure[] = [];
  const notes = [
    `${concurrency} keep-alive clients, ${warmupRequests} warm-up requests, then ${seconds} s per target, ` +
      'full app first; req/s and latencies count HTTP 200 responses only.',
  ];
  for (const run of runs) {
    if (!run.outcome) continue;
    figures.push(...targetFigures(run, run.outcome));
    if (run.outcome.firstError) notes.push(`${run.label}: first error: ${run.outcome.firstError}`);
  }
  const [full, bare] = runs;
  if (full?.outcome && bare?.outcome) {
    const ratio = requestsPerSecond(full.outcome) / requestsPerSecond(bare.outcome);
    figures.push({ label: 'ratio full/bare req/s', value: round(ratio, 3), unit: '×' });
  }
  return { figures, notes };
}

export async function run(): Promise<BenchResult> {
  const seconds = benchSeconds();
  const dataDir = makeTempDir('skj-bench-throughput-');
  let child: RunningChild | undefined;
  const runs: TargetRun[] = [];
  try {
    child = spawnTsx('bench/support/serve-for-bench.ts', [dataDir], process.env);
    const { fullPort, barePort } = await waitForReady(child);
    runs.push(await prepareTarget('full app', fullPort), await prepareTarget('bare route', barePort));
    await measure(runs, seconds);
    return summarize(runs, seconds);
  } finally {
    for (const target of runs) target.agent.destroy();
    if (child) await stopChild(child.process);
    removeDir(dataDir);
  }
}
