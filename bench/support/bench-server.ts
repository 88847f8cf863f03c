/**
 * The server from the sources (`node --import tsx src/main.ts`, as `npm run serve`; `npm start` runs
 * the same code compiled, ADR 0026) on an existing PGlite data dir, in its own process, for
 * benchmarks that measure it over HTTP once started (tsx costs only at start). Resolves once
 * `GET /api/health` answers 200.
 */
import { freePort, hasExited, type RunningChild, sleep, spawnTracked, stopChild } from './process';

export interface BenchServer {
  child: RunningChild;
  port: number;
  baseUrl: string;
}

export async function startBenchServer(
  dataDir: string,
  /** `nodeArgs`: node's own options; `preload`: modules imported before the server (after tsx). */
  options: { nodeArgs?: string[]; preload?: string[]; timeoutMs?: number } = {},
): Promise<BenchServer> {
  const port = await freePort();
  const child = spawnTracked(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      ...(options.preload ?? []).flatMap((module) => ['--import', module]),
      'src/main.ts',
    ],
    {
      ...process.env,
      SKJ_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SKJ_LOG: '0',
      SKJ_DEMO: '0',
      DATABASE_URL: '',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + (options.timeoutMs ?? 300_000);
  try {
    for (;;) {
      if (hasExited(child.process)) throw new Error(`server exited:\n${child.output()}`);
      try {
        if ((await fetch(`${baseUrl}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (performance.now() > deadline) throw new Error(`server not healthy:\n${child.output()}`);
      await sleep(200);
    }
  } catch (error) {
    await stopChild(child.process);
    throw error;
  }
  return { child, port, baseUrl };
}
