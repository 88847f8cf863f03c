/**
 * Start-up time of the server as `npm start` runs it after the build (`node dist/server/main.js`,
 * the compiled server, ADR 0026), from spawn until the first `GET /api/health` answering 200
 * (polled every 25 ms, so figures are ±25 ms):
 *   - cold: EMPTY data dir, begun from the build's database snapshot (dist/db-snapshot: migrated,
 *     reference data loaded), so it includes copying it and the demo seed;
 *   - cold without the snapshot (SKJ_DB_SNAPSHOT=0, the reference): PGlite initdb, every migration,
 *     reference and demo seed;
 *   - warm: the same data dir again after a clean SIGTERM stop (reopen, nothing to seed);
 *   - cold from the sources (`node --import tsx src/main.ts`, `npm run serve`; the reference): what
 *     compiling the server saves.
 * Three rounds, each on fresh data dirs. `npm start` also runs `npm run build` first (vite build, the
 * compiled server and the snapshot), timed here once, so `npm start` on an empty data dir takes about
 * build + cold start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { get } from './support/http-load';
import {
  freePort,
  hasExited,
  makeTempDir,
  type RunningChild,
  removeDir,
  repoRoot,
  sleep,
  spawnTracked,
  spawnTsx,
  stopChild,
  waitForExit,
} from './support/process';
import { median, min, round } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'cold-start';
export const description = 'server start-up on an empty data dir (cold) and on the same dir again (warm)';

const rounds = 3;
const pollIntervalMs = 25;
const startTimeoutMs = 120_000;
const compiledServer = path.join(repoRoot, 'dist', 'server', 'main.js');

/** `compiled`: what `npm start` runs; `sources`: tsx transpiling src/ at start (`npm run serve`). */
type ServerCode = 'compiled' | 'sources';

interface StartSample {
  /** Spawn until the first 200 from /api/health. */
  ms: number;
  /** What the server itself printed ("siap dalam N ms"), when found. */
  reportedMs: number | undefined;
  /** The server said it began from the build's snapshot. */
  fromSnapshot: boolean;
}

async function healthStatus(port: number): Promise<number> {
  try {
    return (await get({ host: '127.0.0.1', port, path: '/api/health' }, false, 1000)).status;
  } catch {
    return 0; // not listening yet
  }
}

async function waitForHealth(child: RunningChild, port: number, started: number): Promise<void> {
  while ((await healthStatus(port)) !== 200) {
    if (hasExited(child.process)) {
      throw new Error(
        `server exited (code ${child.process.exitCode}) before answering; output:\n${child.output()}`,
      );
    }
    if (performance.now() - started > startTimeoutMs) {
      throw new Error(`server not healthy within ${startTimeoutMs} ms; output:\n${child.output()}`);
    }
    await sleep(pollIntervalMs);
  }
}

/** Starts the server on the data dir, waits for health, stops it; returns the timing. */
async function timeStart(
  dataDir: string,
  notes: string[],
  extraEnv: Record<string, string> = {},
  code: ServerCode = 'compiled',
): Promise<StartSample> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...extraEnv,
    SKJ_DATA_DIR: dataDir,
    PORT: String(port),
    SKJ_LOG: '0',
    SKJ_DEMO: '1', // the cold figure includes the demo seed
    DATABASE_URL: '', // PGlite even if a PostgreSQL URL is set in the environment
  };
  const started = performance.now();
  const child =
    code === 'compiled'
      ? spawnTracked(process.execPath, [compiledServer], env)
      : spawnTsx('src/main.ts', [], env);
  try {
    await waitForHealth(child, port, started);
    const ms = performance.now() - started;
    const code = await stopChild(child.process);
    if (code !== 0) notes.push(`server exited with code ${code} after SIGTERM`);
    const reported = /siap dalam (\d+) ms/.exec(child.output());
    return {
      ms,
      reportedMs: reported ? Number(reported[1]) : undefined,
      fromSnapshot: child.output().includes('salinan awal hasil build'),
    };
  } finally {
    await stopChild(child.process);
  }
}

interface Round {
  cold: StartSample;
  warm: StartSample;
  bare: StartSample;
  sources: StartSample;
}

/**
 * One cold start on a fresh data dir, then one warm start on the same dir; one cold start without
 * the snapshot on another fresh dir; one cold start from the sources (tsx) on a third.
 */
async function runRound(notes: string[]): Promise<Round> {
  const dataDir = makeTempDir('skj-bench-cold-');
  const bareDir = makeTempDir('skj-bench-cold-bare-');
  const sourcesDir = makeTempDir('skj-bench-cold-tsx-');
  try {
    const cold = await timeStart(dataDir, notes);
    const warm = await timeStart(dataDir, notes);
    const bare = await timeStart(bareDir, notes, { SKJ_DB_SNAPSHOT: '0' });
    const sources = await timeStart(sourcesDir, notes, {}, 'sources');
    return { cold, warm, bare, sources };
  } finally {
    removeDir(dataDir);
    removeDir(bareDir);
    removeDir(sourcesDir);
  }
}

/** Times `npm run build` (UI, compiled server, database snapshot) once; undefined (with a note) when it fails. */
async function timeBuild(notes: string[]): Promise<number | undefined> {
  const started = performance.now();
  const child = spawnTracked('npm', ['run', 'build']);
  const code = await waitForExit(child.process);
  const ms = performance.now() - started;
  if (code === 0) return ms;
  const tail = child.output().trim().split('\n').slice(-5).join('\n');
  notes.push(`npm run build failed (exit code ${code}); no build figure. Last output:\n${tail}`);
  return undefined;
}

function spread(label: string, samples: number[], unit = 'ms'): Figure[] {
  return [
    { label: `${label} min`, value: round(min(samples)), unit },
    { label: `${label} median`, value: round(median(samples)), unit },
  ];
}

function reportedFigures(label: string, samples: StartSample[]): Figure[] {
  const reported = samples.flatMap((s) => (s.reportedMs === undefined ? [] : [s.reportedMs]));
  if (reported.length === 0) return [];
  return [{ label: `${label} median, as printed by the server`, value: round(median(reported)), unit: 'ms' }];
}

export async function run(): Promise<BenchResult> {
  const notes: string[] = [];
  const buildMs = await timeBuild(notes);
  if (!fs.existsSync(compiledServer)) throw new Error(`${compiledServer} missing: the build did not make it`);
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) results.push(await runRound(notes));
  const cold = results.map((r) => r.cold);
  const warm = results.map((r) => r.warm);
  const bare = results.map((r) => r.bare);
  const sources = results.map((r) => r.sources);
  const coldMs = cold.map((s) => s.ms);
  const warmMs = warm.map((s) => s.ms);
  const bareMs = bare.map((s) => s.ms);
  const sourcesMs = sources.map((s) => s.ms);
  const restored = cold.filter((s) => s.fromSnapshot).length;
  if (restored < rounds)
    notes.push(`only ${restored} of ${rounds} cold starts began from the build's snapshot`);
  if (bare.some((s) => s.fromSnapshot)) notes.push('a start with SKJ_DB_SNAPSHOT=0 used the snapshot');
  if (sources.some((s) => !s.fromSnapshot))
    notes.push('a cold start from the sources did not use the snapshot');

  const figures: Figure[] = [
    ...spread('cold start (empty data dir, from the build snapshot)', coldMs),
    ...reportedFigures('cold start', cold),
    ...spread('cold start without snapshot (initdb + every migration; reference)', bareMs),
    {
      label: 'cold start with snapshot / without (medians)',
      value: round(median(coldMs) / median(bareMs), 2),
      unit: '×',
    },
    ...spread('warm start (reopen)', warmMs),
    ...reportedFigures('warm start', warm),
    ...spread('cold start from the sources (tsx, npm run serve; reference)', sourcesMs),
    ...reportedFigures('cold start from the sources', sources),
  ];
  if (buildMs !== undefined) {
    figures.push({
      label: 'npm run build (UI, compiled server, snapshot; once)',
      value: round(buildMs),
      unit: 'ms',
    });
    figures.push({
      label: 'npm start total ≈ build + cold start median',
      value: round(buildMs + median(coldMs)),
      unit: 'ms',
    });
  }
  notes.unshift(
    `${rounds} rounds, fresh data dir each; spawn → first 200 from /api/health, polled every ${pollIntervalMs} ms. ` +
      '"As printed" is the server\'s own "siap dalam N ms" (from main() on, after Node has loaded the code, so smaller).',
  );
  return {
    figures,
    notes,
    samples: {
      coldStartMs: coldMs,
      bareColdStartMs: bareMs,
      warmStartMs: warmMs,
      sourcesColdStartMs: sourcesMs,
    },
  };
}
