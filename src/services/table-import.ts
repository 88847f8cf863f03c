/**
 * How a table import runs as a background job (ADR 0022), for civil servants and assessment
 * results alike:
 * 1. reading: the uploaded file is streamed row by row; each row is checked in memory (`checkRow`)
 *    and staged, with its problems, in batches loaded by COPY, each its own short statement, so
 *    other requests are served between them (PGlite) and memory stays flat;
 * 2. checking: set-based checks over the staged rows (duplicates, NIPs of other agencies, …);
 * 3. applying: when no row has a problem, one transaction writes the staged rows in chunks (on
 *    PGlite sized to ~40 ms a statement, `pacedChunks`: a statement never holds its thread, and so
 *    the liveness probe, long), bumps the data revision, records
 *    the audit entry and marks the job done, all committed together. Otherwise the job fails with
 *    IMPORT_REJECTED and the first 1,000 problems by row: nothing is written.
 * Progress (phase, rows read, rows rejected) is reported as it goes.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { bumpDataRevision } from '../db/repositories/data-revision-repository';
import {
  ImportStaging,
  Pacer,
  pgliteStatementMs,
  type StagedProblem,
  type StagedValue,
  type StagingColumn,
} from '../db/repositories/import-staging-repository';
import { DomainError } from '../domain/errors';
import type { StreamedRow } from '../exports/table-stream';
import type { ColumnAliases } from '../exports/xlsx-cells';
import type { ImportRowProblem } from './import-problems';
import { type JobRunContext, throwIfStopped } from './job-queue';

export interface ImportJobParams {
  /** The name of the person's file (audit entry, messages). */
  fileName: string;
}

export interface ImportScope {
  agencyId: string;
  userId: string;
  jobId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
}

/** A problem of one row, found in memory: its column's name as people see it. */
export type RowProblem = Omit<ImportRowProblem, 'row' | 'sheet'>;

export interface RowCheck {
  problems: RowProblem[];
  /** Values to stage (in `stagingColumns` order); null: the row is not staged. */
  staged: StagedValue[] | null;
}

export interface TableImport<K extends string, Lookups> {
  /** `civilServant` / `assessment`: the audit entry's entity. */
  entity: string;
  columnNames: Record<K, string>;
  aliases: ColumnAliases<K>;
  required: readonly K[];
  stagingColumns: readonly StagingColumn[];
  /** Indexes of the staged rows for `checkStaged` (column lists), made before the load. */
  stagingIndexes?: readonly (readonly string[])[];
  /** What rows are checked against (positions, competencies), read once. */
  prepare(db: Db, scope: Omit<ImportScope, 'format'>): Promise<Lookups>;
  checkRow(row: StreamedRow<K>, lookups: Lookups, scope: Omit<ImportScope, 'format'>): RowCheck;
  /**
   * Set-based checks: each inserts its problems (`phase` from 1) into the staging's problems table;
   * over ranges of at most `chunkRows` staged rows (`staging.pacedChunks`) where it can.
   */
  checkStaged(staging: ImportStaging, scope: ImportScope, chunkRows: number): Promise<void>;
  /** Writes the staged rows in `tx` (`staging.chunks` or `pacedChunks` of `chunkRows`); answers the result and the audit diff. */
  apply(
    tx: Db,
    staging: ImportStaging,
    scope: ImportScope,
    chunkRows: number,
  ): Promise<{ result: Record<string, unknown>; audit: Record<string, unknown> }>;
  /**
   * Tables the apply fills or rewrites in bulk: analysed in its transaction, so the statistics
   * commit with the rows. PGlite runs no autovacuum: without this, a table an import filled keeps
   * the planner's estimate of an empty one (a heatmap read 450,000 summary rows instead of 1,500).
   */
  analyze: readonly string[];
  /** The data revision the apply changes. */
  revisionKey(agencyId: string): string;
  /** After the commit (warm an index). */
  afterApply?(db: Db, agencyId: string): void;
}

/** Report of a rejected import: the first `shown` problems by row, and how many there were. */
export function importRejected(problems: ImportRowProblem[], total: number, what = 'data'): DomainError {
  return new DomainError(
    'IMPORT_REJECTED',
    `Tidak ada ${what} yang disimpan karena ada ${total} masalah pada berkas. Perbaiki baris yang disebutkan lalu impor ulang.`,
    { problems, total },
  );
}

const maxReportedProblems = 1000;

/**
 * Rows per COPY and per apply statement: on PGlite, whose statements run on this thread, the most a
 * `Pacer` may choose (it aims at `pgliteStatementMs` per statement).
 */
function batchSizes(kind: 'pglite' | 'postgres') {
  return kind === 'pglite' ? { load: 5000, apply: 5000 } : { load: 20_000, apply: 100_000 };
}

export async function runTableImport<K extends string, Lookups>(
  spec: TableImport<K, Lookups>,
  context: JobRunContext,
): Promise<undefined> {
  const { job, database, files, signal, report } = context;
  const { fileName } = job.params as ImportJobParams;
  if (!job.inputFile)
    throw new DomainError('IMPORT_FILE_MISSING', 'Berkas unggahan impor ini tidak ada lagi. Unggah ulang.');
  const inputFile = job.inputFile;
  const base = { agencyId: job.agencyId, userId: job.createdBy, jobId: job.id, fileName };
  report({ phase: 'reading', rowsRead: 0, rowsRejected: 0 });
  const { openTableStream } = await import('../exports/table-stream');
  const table = await openTableStream(() => files.read(inputFile), fileName, spec.aliases);
  const scope: ImportScope = { ...base, format: table.format };
  const missing = spec.required.filter((column) => !table.columns.has(column));
  if (missing.length > 0) {
    throw importRejected(
      missing.map((column) => ({
        row: 1,
        column: spec.columnNames[column],
        code: 'MISSING_COLUMN',
        message: `Kolom "${spec.columnNames[column]}" tidak ditemukan.`,
      })),
      missing.length,
    );
  }
  const connection = await database.connect();
  const staging = new ImportStaging(connection, job.id, spec.stagingColumns, spec.stagingIndexes);
  const sizes = batchSizes(connection.kind);
  const loadPacer =
    connection.kind === 'pglite'
      ? new Pacer({ initial: 250, min: 100, max: sizes.load, targetMs: pgliteStatementMs })
      : null;
  const loadRows = () => loadPacer?.size ?? sizes.load;
  // One batch loads while the next is read (PostgreSQL works meanwhile in its own process).
  let loading: Promise<void> = Promise.resolve();
  try {
    await staging.create();
    const lookups = await spec.prepare(connection.db, base);
    let rowsRead = 0;
    let rowsRejected = 0;
    let rows: StagedValue[][] = [];
    let problems: StagedProblem[] = [];
    const flush = async () => {
      await loading;
      const [batch, batchProblems] = [rows, problems];
      rows = [];
      problems = [];
      const started = performance.now();
      loading = staging
        .load(batch)
        .then(() => staging.loadProblems(batchProblems))
        .then(() =>
          loadPacer?.record(Math.max(batch.length, batchProblems.length), performance.now() - started),
        );
      // Its failure is met at the next flush; until then it must not count as unhandled.
      loading.catch(() => {});
    };
    for await (const batch of table.batches) {
      throwIfStopped(signal);
      for (const source of batch) {
        rowsRead++;
        let ord = 0;
        for (const cell of source.problems) {
          problems.push({
            row: source.row,
            phase: 0,
            ord: ord++,
            column: spec.columnNames[cell.column],
            code: cell.code === 'INVALID_TEXT' ? cell.code : 'CELL_UNREADABLE',
            message: cell.message,
          });
        }
        const check = spec.checkRow(source, lookups, base);
        // A cell that could not be read is reported once, not again as missing or wrong.
        const unread = new Set(source.problems.map((cell) => spec.columnNames[cell.column]));
        for (const problem of check.problems) {
          if (problem.column !== null && unread.has(problem.column)) continue;
          problems.push({ ...problem, row: source.row, phase: 0, ord: ord++ });
        }
        if (ord > 0) rowsRejected++;
        if (check.staged) rows.push([source.row, ...check.staged]);
      }
      if (rows.length >= loadRows() || problems.length >= loadRows()) await flush();
      report({ rowsRead, rowsRejected });
    }
    await flush();
    await loading;
    if (rowsRead === 0) {
      throw importRejected(
        [{ row: 1, column: null, code: 'NO_ROWS', message: 'Berkas tidak berisi baris data.' }],
        1,
      );
    }
    throwIfStopped(signal);
    report({ phase: 'checking', rowsRead, rowsRejected });
    await staging.analyze();
    await spec.checkStaged(staging, scope, sizes.apply);
    const summary = await staging.summary();
    if (summary.problems > 0) {
      report({ rowsRejected: summary.rows });
      const shown = await staging.firstProblems(maxReportedProblems);
      throw importRejected(shown, summary.problems);
    }
    throwIfStopped(signal);
    report({ phase: 'applying', rowsRejected: 0 });
    // Written before the apply's transaction takes PGlite's one connection until its commit.
    await context.progressWritten();
    await connection.db.transaction(async (tx) => {
      const { result, audit } = await spec.apply(tx, staging, scope, sizes.apply);
      for (const table of spec.analyze) await tx.execute(sql`analyze ${sql.identifier(table)}`);
      await bumpDataRevision(tx, spec.revisionKey(scope.agencyId));
      await recordAudit(tx, {
        userId: scope.userId,
        agencyId: scope.agencyId,
        entity: spec.entity,
        entityId: scope.agencyId,
        action: 'import',
        diff: { fileName, format: scope.format, ...audit },
      });
      await context.finish(tx, { result: { ...result, format: scope.format }, rowsRead, rowsRejected: 0 });
    });
  } finally {
    await loading.catch(() => {});
    await staging.drop().catch(() => {});
    await connection.release();
  }
  spec.afterApply?.(database.db, scope.agencyId);
  return undefined;
}
