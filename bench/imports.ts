/**
 * Imports at national scale (issue 14), each beside a reference measured in the same run:
 * 1. the 750,000-row assessment CSV of the benchmark province (`talent.ts`) through the real
 *    import job, in rows/s, beside a bare load of the same file: on PGlite a batched insert of its
 *    rows (parsed with a split, `unnest` batches of 5,000) into a plain temporary table; on
 *    PostgreSQL (BENCH_DATABASE_URL) a bare `COPY … FROM STDIN` of the file into a plain table.
 *    The ratio import / bare is the figure the target is set on.
 * 2. the civil-servant import of a ~64 MiB, 300,000-row SIASN-style CSV, uploaded to the server
 *    (`src/main.ts`, its own process, PGlite) through the real endpoint and followed until done:
 *    the server's RSS (VmRSS, every 50 ms) before, its peak growth, what is left 5 s after the
 *    import and after a full GC; meanwhile `/api/health/live` every 50 ms and
 *    `GET /api/job-standards/:id` back to back as a logged-in user (p50/p95/p99/max, errors).
 * BENCH_IMPORT_SCALE (default 1) scales the row counts down for a quick run.
 */
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { type Database, openDatabase, queryRows } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { jobStandards } from '../src/db/schema';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { seed001Standard } from '../src/domain/job-standard-test-factory';
import { ApiClient } from '../test/support/api-client';
import { startBenchServer } from './support/bench-server';
import { onEachDatabase } from './support/databases';
import { agencyBenchPassword, generateAgency } from './support/generate-agency';
import { civilServantCsv } from './support/generate-civil-servant-csv';
import { get } from './support/http-load';
import { percentileFigures, probe } from './support/probe';
import { makeTempDir, removeDir, sleep, stopChild } from './support/process';
import { readRss, sampleRss } from './support/rss';
import { round } from './support/stats';
import { assessmentCsv, generateProvince, importAssessments } from './talent';
import type { BenchResult, Figure } from './types';

export const name = 'imports';
export const description =
  'imports: 750,000 assessment rows against a bare load; a 64 MiB civil-servant CSV through the server (RSS, liveness, reads)';

const scale = Number(process.env.BENCH_IMPORT_SCALE ?? 1);
const provincePeople = Math.round(50_000 * scale);
const provincePositions = Math.max(1, Math.round(5_000 * scale));
const civilServantRows = Math.round(300_000 * scale);
/** The agency the civil servants are imported into: its positions (and standards) exist already. */
const agencyBasePeople = 2_000;
const bareBatchRows = 5_000;
const sampleMs = 50;
const settleMs = 5_000;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const mib = (bytes: number) => round(bytes / 2 ** 20, 1);
const perSecond = (rows: number, ms: number) => Math.round((rows * 1000) / ms);

/** The data lines of the assessment CSV (`;`, header first), parsed with a split. */
function splitRows(csv: Uint8Array): string[][] {
  const lines = new TextDecoder().decode(csv).split('\n');
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]) rows.push(lines[i]!.split(';'));
  return rows;
}

/** PGlite's reference: parse, then multi-row inserts (`unnest` of 5,000) into a plain temp table. */
async function bareInsert(pglite: PGlite, csv: Uint8Array): Promise<{ rows: number; ms: number }> {
  await pglite.exec(`create temporary table bare_assessments (nip text, code text, dictionary text,
    level numeric, assessed_on date, assessor text, institution text)`);
  try {
    const [rows, ms] = await timed(async () => {
      const rows = splitRows(csv);
      for (let from = 0; from < rows.length; from += bareBatchRows) {
        const batch = rows.slice(from, from + bareBatchRows);
        const column = (i: number) => batch.map((r) => r[i]!);
        await pglite.query(
          `insert into bare_assessments select * from unnest($1::text[], $2::text[], $3::text[],
             $4::numeric[], $5::date[], $6::text[], $7::text[])`,
          [
            column(0),
            column(1),
            column(2),
            batch.map((r) => Number(r[3]!.replace(',', '.'))),
            column(4),
            column(5),
            column(6),
          ],
        );
      }
      return rows.length;
    });
    return { rows, ms };
  } finally {
    await pglite.exec('drop table bare_assessments');
  }
}

/** PostgreSQL's reference: the file as it is, `COPY … FROM STDIN` into a plain table. */
async function bareCopy(url: string, csv: Uint8Array): Promise<{ rows: number; ms: number }> {
  const { default: pg } = await import('pg');
  const { from: copyFrom } = await import('pg-copy-streams');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Level as text: the file writes decimals with a comma ("3,25"), which COPY cannot read as a number.
    await client.query(`create table bare_assessments (nip text, code text, dictionary text, level text,
      assessed_on date, assessor text, institution text)`);
    const [, ms] = await timed(() =>
      pipeline(
        Readable.from([Buffer.from(csv.buffer, csv.byteOffset, csv.byteLength)]),
        client.query(
          copyFrom(`copy bare_assessments from stdin with (format csv, delimiter ';', header true)`),
        ),
      ),
    );
    const [{ n }] = (await client.query('select count(*)::int as n from bare_assessments')).rows;
    await client.query('drop table bare_assessments');
    return { rows: n, ms };
  } finally {
    await client.end();
  }
}

async function measureAssessments(database: Database, label: string, url?: string): Promise<Figure[]> {
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, 'bench-password');
  const province = await generateProvince(database, { people: provincePeople, positions: provincePositions });
  const csv = await assessmentCsv(database, province.agencyId);
  const bare = url ? await bareCopy(url, csv) : await bareInsert(database.pglite!, csv);
  const bareWhat = url ? 'bare COPY FROM STDIN of the file' : `bare insert (unnest of ${bareBatchRows})`;
  const [imported, importMs] = await timed(() => importAssessments(database, province, csv));
  const rows = Number(imported.result.rows);
  if (rows !== bare.rows) throw new Error(`import wrote ${rows} rows, the bare load ${bare.rows}`);
  const importRate = perSecond(rows, importMs);
  const bareRate = perSecond(bare.rows, bare.ms);
  return [
    {
      label: `${label}: ${bareWhat}, ${rows.toLocaleString('en-US')} rows (${mib(csv.length)} MiB)`,
      value: bareRate,
      unit: 'rows/s',
    },
    {
      label: `${label}: assessment import job, ${rows.toLocaleString('en-US')} rows`,
      value: importRate,
      unit: 'rows/s',
    },
    { label: `${label}: assessment import duration`, value: round(importMs / 1000, 2), unit: 's' },
    { label: `${label}: import / bare`, value: round((100 * importRate) / bareRate, 1), unit: '%' },
    // Where the job's time goes, as polled every 200 ms (reading: parse, check each row, stage;
    // checking: set-based checks of the staging; applying: the writes, current levels, the stored
    // matches and the 9-box placement, in one transaction).
    ...[...imported.phases]
      .filter(([phase]) => phase !== 'done')
      .map(([phase, at], i, seen) => ({
        label: `  phase ${phase}, from a poll first seeing it to one seeing the next`,
        value: round(((seen[i + 1]?.[1] ?? imported.phases.get('done') ?? importMs) - at) / 1000, 1),
        unit: 's',
      })),
  ];
}

/** Where the civil-servant import goes: an agency with positions and ratified standards, on disk. */
async function prepareAgency(dataDir: string) {
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    const agency = await generateAgency(database, {
      code: 'INSTANSI-IMPOR',
      people: agencyBasePeople,
      peoplePerPosition: 10,
    });
    const positionNames = (
      await queryRows<{ name: string }>(
        database.db,
        sql`select name from positions where agency_id = ${agency.agencyId} order by name`,
      )
    ).map((r) => r.name);
    const [standard] = await queryRows<{ id: string; position_name: string }>(
      database.db,
      sql`select id, position_name from job_standards where agency_id = ${agency.agencyId}
          order by position_name limit 1`,
    );
    // The generator's standards carry requirements only; the one read during the import is whole
    // (the seed 001 example: 8 managerial, 1 socio-cultural, 6 technical rows, every requirement).
    const content = seed001Standard();
    content.identity.positionName = standard!.position_name;
    await database.db
      .update(jobStandards)
      .set({ content, positionName: standard!.position_name })
      .where(eq(jobStandards.id, standard!.id));
    return { agency, positionNames, standardId: standard!.id };
  } finally {
    await database.close();
  }
}

/**
 * Polls `GET /api/jobs/:id` every 100 ms until the job ends; answers it and when each phase was
 * first seen (performance.now()). On PGlite the apply's transaction holds the one connection, so
 * a poll sent during it is answered at its commit ("done"): unless a poll fell between the phase
 * being written and the transaction taking the connection, the apply counts in "checking".
 */
async function followJob(client: ApiClient, jobId: string) {
  const phases = new Map<string, number>();
  for (;;) {
    const response = await client.get(`/api/jobs/${jobId}`);
    if (response.status !== 200) throw new Error(`GET /api/jobs/:id: ${response.status}`);
    const job = response.body;
    const phase = job.status === 'running' ? (job.phase ?? 'running') : job.status;
    if (!phases.has(phase)) phases.set(phase, performance.now());
    if (job.status !== 'queued' && job.status !== 'running') return { job, phases };
    await sleep(100);
  }
}

/** How long each phase was seen, from the upload's answer to the job's end. */
function phaseFigures(phases: Map<string, number>, from: number, to: number): Figure[] {
  const seen = [...phases].filter(([phase]) => phase !== 'done' && phase !== 'failed');
  return seen.map(([phase, at], i) => ({
    label: `  phase ${phase}, from a poll first seeing it to one seeing the next`,
    value: round(((seen[i + 1]?.[1] ?? to) - (i === 0 ? from : at)) / 1000, 2),
    unit: 's',
  }));
}

/** Readings of the server's RSS: the peak over the import and the value at `at` (or the last before). */
function rssAt(samples: { at: number; bytes: number }[], at: number): number {
  let value = samples[0]!.bytes;
  for (const sample of samples) if (sample.at <= at) value = sample.bytes;
  return value;
}

async function measureCivilServantImport(figures: Figure[], notes: string[]) {
  const dataDir = makeTempDir('skj-bench-imports-');
  try {
    const { agency, positionNames, standardId } = await prepareAgency(dataDir);
    const csv = civilServantCsv(civilServantRows, positionNames);
    const server = await startBenchServer(dataDir, {
      nodeArgs: ['--expose-gc'],
      preload: ['./bench/support/gc-on-signal.ts'],
    });
    const pid = server.child.process.pid!;
    const collectGarbage = async () => {
      server.child.process.kill('SIGUSR2');
      await sleep(1_000);
    };
    const readAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const client = new ApiClient(server.baseUrl);
      const login = await client.login(agency.adminUsername, agencyBenchPassword);
      if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
      const target = (pathname: string, headers: Record<string, string> = {}) => ({
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        headers,
      });
      // Ten minutes: a stall is measured, not cut off as an error. Liveness on a new connection
      // each time, as an orchestrator probes; reads on a kept-alive one, as a browser, sent once
      // more when the server closed it in the instant of the request (a browser retries a GET so).
      const live = async () => (await get(target('/api/health/live'), false, 600_000)).status === 200;
      const standard = target(`/api/job-standards/${standardId}`, { cookie: client.cookie! });
      const read = async () => {
        try {
          return (await get(standard, readAgent, 600_000)).status === 200;
        } catch (error) {
          if ((error as { code?: string }).code !== 'ECONNRESET') throw error;
          return (await get(standard, readAgent, 600_000)).status === 200;
        }
      };
      for (let i = 0; i < 5; i++) {
        const first = await client.get(`/api/job-standards/${standardId}`);
        if (first.status !== 200)
          throw new Error(
            `GET /api/job-standards/:id before the import: ${first.status} ${JSON.stringify(first.body)}`,
          );
        await live();
      }
      await collectGarbage();
      const before = readRss(pid);
      const rss = sampleRss(pid, sampleMs);
      const liveness = probe(live, sampleMs);
      const reads = probe(read, 0);
      const started = performance.now();
      const upload = await client.upload(
        '/api/imports/civil-servants',
        { file: new Blob([csv as Uint8Array<ArrayBuffer>]) },
        'data-asn.csv',
      );
      if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
      const uploadMs = performance.now() - started;
      const { job, phases } = await followJob(client, upload.body.jobId);
      const ended = performance.now();
      const [livenessOutcome, readOutcome] = [await liveness.stop(), await reads.stop()];
      if (job.status !== 'done') throw new Error(`import ${job.status}: ${JSON.stringify(job.error ?? job)}`);
      if (job.result?.created !== civilServantRows)
        throw new Error(`import created ${job.result?.created}, expected ${civilServantRows}`);
      await sleep(settleMs);
      const samples = rss.stop();
      const settled = rssAt(samples, ended + settleMs);
      const peak = Math.max(...samples.filter((s) => s.at <= ended).map((s) => s.bytes));
      await collectGarbage();
      const afterGc = readRss(pid);
      const importMs = ended - started;
      figures.push(
        {
          label: `PGlite server: civil-servant import, ${civilServantRows.toLocaleString('en-US')} rows (${mib(csv.length)} MiB CSV), upload to done`,
          value: round(importMs / 1000, 1),
          unit: 's',
        },
        { label: '  upload (202 answered)', value: round(uploadMs / 1000, 2), unit: 's' },
        ...phaseFigures(phases, started + uploadMs, ended),
        { label: '  rows/s', value: perSecond(civilServantRows, importMs), unit: 'rows/s' },
        { label: '  server RSS before (after a GC)', value: mib(before), unit: 'MiB' },
        { label: '  RSS peak growth during the import', value: mib(peak - before), unit: 'MiB' },
        {
          label: `  RSS growth ${settleMs / 1000} s after the import`,
          value: mib(settled - before),
          unit: 'MiB',
        },
        { label: '  RSS growth after a full GC', value: mib(afterGc - before), unit: 'MiB' },
        ...percentileFigures('  during the import: /api/health/live', livenessOutcome),
        ...percentileFigures('  during the import: GET /api/job-standards/:id', readOutcome),
      );
      for (const [what, outcome] of [
        ['liveness', livenessOutcome],
        ['standard read', readOutcome],
      ] as const) {
        if (outcome.firstError) notes.push(`first ${what} error during the import: ${outcome.firstError}`);
      }
    } finally {
      readAgent.destroy();
      await stopChild(server.child.process);
    }
  } finally {
    removeDir(dataDir);
  }
}

export async function run(): Promise<BenchResult> {
  const { results, notes } = await onEachDatabase('imports', measureAssessments);
  const figures: Figure[] = results.flat();
  await measureCivilServantImport(figures, notes);
  notes.push(
    `Scale ${scale}: ${Math.round(750_000 * scale).toLocaleString('en-US')} assessment rows (${provincePeople.toLocaleString('en-US')} people × 15), ${civilServantRows.toLocaleString('en-US')} civil-servant rows into an agency of ${agencyBasePeople.toLocaleString('en-US')} with ${agencyBasePeople / 10} positions.`,
    'Figures to compare with the targets are ratios (import / bare load of the same file) and percentiles measured in the same run; rows/s and seconds depend on the machine and its load.',
    `Server RSS from /proc/<pid>/status (VmRSS) every ${sampleMs} ms; "before" and "after a full GC" after SIGUSR2 runs gc() in the server (a preload of this benchmark, --expose-gc). PGlite's WebAssembly memory never shrinks once grown.`,
    'The assessment import duration includes the job queue picking the job up and a 200 ms poll for its end.',
    'Civil-servant import phases as polled: on PGlite a poll during the apply waits for its commit, so the apply usually counts in "checking" (no "applying" row then).',
  );
  return { figures, notes };
}
