/**
 * The staging of a table import (ADR 0022): two temporary tables on the import's own connection,
 * the rows read (loaded with COPY in batches, each its own short statement) and the problems found
 * (by the row checks as rows are read, then by set-based checks over the staged rows). The row
 * report is read from there, so neither the rows nor the problems of a 750,000-row file are held
 * in memory; the apply then reads the staged rows in one transaction.
 *
 * On PGlite every statement runs on the Node thread and holds it (ADR 0014): the indexes are made
 * before the rows are loaded (each COPY then adds its rows to them, instead of one index build over
 * the whole file at the end), and the steps over the staged rows go in `pacedChunks`, ranges sized
 * by how long the previous one took.
 */
import { sql } from 'drizzle-orm';
import { type DatabaseConnection, queryRows } from '../client';

export type StagingType = 'text' | 'integer' | 'uuid' | 'float8' | 'boolean';
export type StagedValue = string | number | boolean | null;

export interface StagingColumn {
  name: string;
  type: StagingType;
}

/** A problem as stored: `phase` 0 for the row checks, then one per set-based check; `ord` within. */
export interface StagedProblem {
  row: number;
  phase: number;
  ord: number;
  column: string | null;
  code: string;
  message: string;
}

/**
 * Rows per statement on PGlite, from how long the last statement took: aims at `targetMs` per
 * statement whatever the machine and its load, between `min` and `max` rows.
 */
export class Pacer {
  private rows: number;

  constructor(private readonly options: { initial: number; min: number; max: number; targetMs: number }) {
    this.rows = Math.min(Math.max(options.initial, options.min), options.max);
  }

  get size(): number {
    return this.rows;
  }

  /** `rows` took `ms`: the next size, at most double or half this one. */
  record(rows: number, ms: number): void {
    const { min, max, targetMs } = this.options;
    const ideal = (rows * targetMs) / Math.max(ms, 1);
    this.rows = Math.round(Math.min(max, Math.max(min, this.rows / 2, Math.min(ideal, this.rows * 2))));
  }
}

/** A statement's target on PGlite: it holds the event loop (liveness, every request) that long. */
export const pgliteStatementMs = 40;

export interface ReportedProblem {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

const problemColumns = ['row', 'phase', 'ord', 'column_name', 'code', 'message'] as const;

/** A value as a field of COPY's CSV format: empty and unquoted is null, text is always quoted. */
function csvField(value: StagedValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

function csvLines(rows: readonly (readonly StagedValue[])[]): string {
  let text = '';
  for (const values of rows) text += `${values.map(csvField).join(',')}\n`;
  return text;
}

export class ImportStaging {
  /** Staged rows: `seq` (1, 2, … in file order), `row` (the file's row number), then `columns`. */
  readonly rows: string;
  readonly problems: string;
  private count = 0;

  constructor(
    readonly connection: DatabaseConnection,
    jobId: string,
    readonly columns: readonly StagingColumn[],
    /** Indexes besides `seq`'s (column lists), made before the load, for the set-based checks. */
    readonly indexes: readonly (readonly string[])[] = [],
  ) {
    const suffix = jobId.replaceAll('-', '');
    this.rows = `import_rows_${suffix}`;
    this.problems = `import_problems_${suffix}`;
  }

  /** How many rows are staged; their `seq` runs from 1 to this. */
  get staged(): number {
    return this.count;
  }

  /** `sql` naming the staged rows' table. */
  get rowsTable() {
    return sql.raw(this.rows);
  }

  get problemsTable() {
    return sql.raw(this.problems);
  }

  async create(): Promise<void> {
    const { db } = this.connection;
    await this.drop();
    const columns = this.columns.map((c) => `${c.name} ${c.type}`).join(', ');
    await db.execute(
      sql.raw(`create temporary table ${this.rows} (seq integer not null, row integer not null, ${columns})`),
    );
    await db.execute(
      sql.raw(
        `create temporary table ${this.problems} (row integer not null, phase integer not null, ord integer not null, column_name text, code text not null, message text not null)`,
      ),
    );
    // `seq`: the apply and the checks read the rows in ranges of it.
    for (const columns of [['seq'], ...this.indexes])
      await db.execute(sql.raw(`create index on ${this.rows} (${columns.join(', ')})`));
  }

  /** Loads rows with COPY: each the file's row number, then the values in `columns` order. */
  async load(rows: readonly (readonly StagedValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    let text = '';
    for (const values of rows) text += `${++this.count},${values.map(csvField).join(',')}\n`;
    await this.connection.copyCsv(this.rows, ['seq', 'row', ...this.columns.map((c) => c.name)], text);
  }

  async loadProblems(problems: readonly StagedProblem[]): Promise<void> {
    if (problems.length === 0) return;
    await this.connection.copyCsv(
      this.problems,
      problemColumns,
      csvLines(problems.map((p) => [p.row, p.phase, p.ord, p.column, p.code, p.message])),
    );
  }

  /**
   * After the load: statistics for the planner (the checks and the apply join the staged rows).
   * On PGlite from a small sample (3,000 rows rather than 30,000): the one statement stays short.
   */
  async analyze(): Promise<void> {
    const { db, kind } = this.connection;
    if (kind === 'pglite') await db.execute(sql.raw('set default_statistics_target = 10'));
    try {
      await db.execute(sql.raw(`analyze ${this.rows}`));
    } finally {
      if (kind === 'pglite') await db.execute(sql.raw('reset default_statistics_target'));
    }
  }

  /** `seq` ranges of at most `size` rows: [from, to] inclusive. */
  chunks(size: number): [number, number][] {
    const ranges: [number, number][] = [];
    for (let from = 1; from <= this.count; from += size)
      ranges.push([from, Math.min(from + size - 1, this.count)]);
    return ranges;
  }

  /**
   * `seq` ranges [from, to] for `run`, one after the other: on PostgreSQL of `maxRows`; on PGlite
   * sized by `Pacer` from how long `run` took on the previous range, at most `maxRows`.
   */
  async pacedChunks(maxRows: number, run: (from: number, to: number) => Promise<void>): Promise<void> {
    const pacer =
      this.connection.kind === 'pglite'
        ? new Pacer({ initial: 100, min: 50, max: maxRows, targetMs: pgliteStatementMs })
        : null;
    for (let from = 1; from <= this.count; ) {
      const to = Math.min(from + (pacer?.size ?? maxRows) - 1, this.count);
      const started = performance.now();
      await run(from, to);
      pacer?.record(to - from + 1, performance.now() - started);
      from = to + 1;
    }
  }

  /** How many problems, and on how many rows. */
  async summary(): Promise<{ problems: number; rows: number }> {
    const [row] = await queryRows<{ problems: number; rows: number }>(
      this.connection.db,
      sql`select count(*)::int as problems, count(distinct row)::int as rows from ${this.problemsTable}`,
    );
    return { problems: row?.problems ?? 0, rows: row?.rows ?? 0 };
  }

  /** The first `limit` problems by row, in the order they were found within a row. */
  async firstProblems(limit: number): Promise<ReportedProblem[]> {
    return queryRows<ReportedProblem>(
      this.connection.db,
      sql`select row, column_name as "column", code, message from ${this.problemsTable}
          order by row, phase, ord limit ${limit}`,
    );
  }

  async drop(): Promise<void> {
    await this.connection.db.execute(sql.raw(`drop table if exists ${this.rows}, ${this.problems}`));
  }
}
