/**
 * Child-process and temp-dir plumbing for the benchmarks: spawn with captured output, stop with
 * SIGTERM (SIGKILL after a grace period), free ports, and a safety net that kills every child still
 * running (and remove every temp dir left) when the benchmark process exits, whatever the reason.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const liveChildren = new Set<ChildProcess>();
const liveTempDirs = new Set<string>();
process.once('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
  for (const dir of liveTempDirs) removeDir(dir);
});

export interface RunningChild {
  process: ChildProcess;
  /** stdout and stderr so far (the last 64 KiB), for error messages. */
  output(): string;
}

const maxOutputChars = 64 * 1024;

/** Spawns a child in the repo root, capturing its output, tracked for cleanup until it exits. */
export function spawnTracked(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): RunningChild {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-maxOutputChars);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { process: child, output: () => output };
}

/** Spawns `node --import tsx <script>` (the way the server and its helpers run). */
export function spawnTsx(script: string, args: string[], env: NodeJS.ProcessEnv): RunningChild {
  return spawnTracked(process.execPath, ['--import', 'tsx', script, ...args], env);
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves with the exit code (null when killed by a signal). */
export async function waitForExit(child: ChildProcess): Promise<number | null> {
  if (hasExited(child)) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

/** SIGTERM, then SIGKILL if the child has not exited after `graceMs`. Resolves with the exit code. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<number | null> {
  if (hasExited(child)) return child.exitCode;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    return await waitForExit(child);
  } finally {
    clearTimeout(timer);
  }
}

/** A TCP port that was free a moment ago (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('could not get a free port');
  return address.port;
}

/** A fresh temp dir, removed at exit at the latest. */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  liveTempDirs.add(dir);
  return dir;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  liveTempDirs.delete(dir);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
