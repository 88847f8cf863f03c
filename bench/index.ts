/**
 * `npm run bench [-- <filter>]`: runs the benchmarks in order (only those whose name contains the
 * filter, when given), prints a table of figures per benchmark and writes every result, with the
 * machine it ran on, to bench/results/latest.json. Reports figures only: nothing about time is
 * asserted. Exit code 2 for a bad filter, 1 when a benchmark failed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as agency from './agency';
import * as checkStandard from './check-standard';
import * as coldStart from './cold-start';
import * as dictionaryImport from './dictionary-import';
import * as dictionarySearch from './dictionary-search';
import * as dictionaryThroughput from './dictionary-throughput';
import * as documents from './documents';
import * as imports from './imports';
import * as national from './national';
import * as operations from './operations';
import * as standards from './standards';
import { repoRoot } from './support/process';
import * as talent from './talent';
import * as talentManagement from './talent-management';
import type { Benchmark, BenchResult, Figure } from './types';
import * as webLoad from './web-load';
import * as workload from './workload';

const benchmarks: Benchmark[] = [
  checkStandard,
  coldStart,
  dictionaryThroughput,
  dictionarySearch,
  dictionaryImport,
  standards,
  talent,
  agency,
  national,
  talentManagement,
  workload,
  documents,
  operations,
  imports,
  webLoad,
];
const resultsFile = path.join(repoRoot, 'bench', 'results', 'latest.json');

interface Outcome {
  name: string;
  description: string;
  durationMs: number;
  result?: BenchResult;
  error?: string;
}

/** The benchmarks to run, or exits 2 with the list of names when the filter matches none. */
function selectBenchmarks(args: string[]): Benchmark[] {
  const names = benchmarks.map((b) => b.name).join(', ');
  if (args.length > 1) {
    console.error(`Usage: npm run bench [-- <name filter>]. Benchmarks: ${names}`);
    process.exit(2);
  }
  const filter = args[0];
  if (filter === undefined) return benchmarks;
  const selected = benchmarks.filter((b) => b.name.includes(filter));
  if (selected.length === 0) {
    console.error(`No benchmark name contains "${filter}". Benchmarks: ${names}`);
    process.exit(2);
  }
  return selected;
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 3 : 1 });
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.label, formatValue(f.value), f.unit] as const);
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  for (const [label, value, unit] of rows) {
    console.log(`  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)} ${unit}`.trimEnd());
  }
}

function printOutcome(outcome: Outcome): void {
  console.log(`\n== ${outcome.name}: ${outcome.description} (${(outcome.durationMs / 1000).toFixed(1)} s)`);
  if (outcome.error) {
    console.log(`  FAILED: ${outcome.error}`);
    return;
  }
  if (!outcome.result) return;
  if (outcome.result.figures.length > 0) printTable(outcome.result.figures);
  for (const note of outcome.result.notes) console.log(`  note: ${note.replaceAll('\n', '\n        ')}`);
}

async function runOne(benchmark: Benchmark): Promise<Outcome> {
  const started = performance.now();
  const base = { name: benchmark.name, description: benchmark.description };
  try {
    const result = await benchmark.run();
    return { ...base, durationMs: performance.now() - started, result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, durationMs: performance.now() - started, error: message };
  }
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

function writeResults(outcomes: Outcome[], filter: string | undefined, startedAt: Date): void {
  const report = {
    startedAt: startedAt.toISOString(),
    commit: gitCommit(),
    filter,
    machine: machine(),
    outcomes,
  };
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nResults written to ${path.relative(process.cwd(), resultsFile)}`);
}

async function main() {
  // Exit through process.exit on Ctrl-C/SIGTERM so the child-process cleanup ('exit' handler) runs.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const args = process.argv.slice(2);
  const selected = selectBenchmarks(args);
  const startedAt = new Date();
  const outcomes: Outcome[] = [];
  for (const benchmark of selected) {
    console.log(`\nRunning ${benchmark.name}…`);
    const outcome = await runOne(benchmark);
    printOutcome(outcome);
    outcomes.push(outcome);
  }
  writeResults(outcomes, args[0], startedAt);
  if (outcomes.some((o) => o.error)) process.exitCode = 1;
}

main().catch((error) => {
  console.error('bench failed:', error);
  process.exit(1);
});
