/**
 * Opens the database: embedded PGlite (persisted to a data dir, or in memory for tests) by
 * default, a real PostgreSQL server when a URL is given. Both speak PostgreSQL; the rest of the
 * code sees one drizzle `Db` and never knows which.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import * as schema from './schema';
import { statementQueue } from './statement-order';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The PGlite instance when kind is 'pglite' (tests dump and load it). */
  pglite?: PGlite;
  /** PGlite's data dir on disk; absent in memory (tests) and for PostgreSQL. */
  dataDir?: string;
  close(): Promise<void>;
  /** True once `close` was called (background loops stop quietly then). */
  isClosed(): boolean;
  /**
   * One connection for a long piece of work (an import): its temporary tables live as long as it,
   * and `copyCsv` loads rows with COPY. On PostgreSQL a connection of the pool, given back (and
   * closed, dropping what it created) by `release`; on PGlite the one connection there is.
   */
  connect(): Promise<DatabaseConnection>;
  /**
   * Calls `onNotify` for each NOTIFY on `channel` from any session (PostgreSQL, over a connection of
   * its own that reconnects after a loss); answers a function that stops listening. PGlite has one
   * process and needs no listener: absent there.
   */
  listen?(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
}

export interface DatabaseConnection {
  db: Db;
  kind: DatabaseKind;
  /** COPY `csv` (RFC 4180 rows, no header, unquoted empty field = null) into `table (columns)`. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  release(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  url?: string;
  /** PGlite data dir; omitted means in memory. */
  dataDir?: string;
  /** A PGlite dump (from `dumpDataDir`) to start from: tests load a migrated template this way. */
  loadDataDir?: Blob | File;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

export const pgliteExtensions = { pg_trgm, unaccent };

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const url = options.url;
    // Loaded only here: an embedded installation never pays for the PostgreSQL driver at start.
    const [{ default: pgDriver }, { from: copyFrom }, { drizzle: drizzlePostgres }] = await Promise.all([
      import('pg'),
      import('pg-copy-streams'),
      import('drizzle-orm/node-postgres'),
    ]);
    const pool = new pgDriver.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
    // An idle connection closed by the server (restart, admin command) must not crash the process:
    // the pool drops it and opens a new one on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL: koneksi menganggur terputus (${error.message})`));
    // Fail fast with a clear error when the server is unreachable.
    const client = await pool.connect();
    client.release();
    const db = drizzlePostgres({ client: pool, schema }) as unknown as Db;
    let closed = false;
    const listeners = new Set<() => Promise<void>>();
    return {
      db,
      kind: 'postgres',
      close: async () => {
        closed = true;
        await Promise.all([...listeners].map((stop) => stop()));
        await pool.end();
      },
      isClosed: () => closed,
      connect: async () => {
        const connection = await pool.connect();
        return {
          db: drizzlePostgres({ client: connection, schema }) as unknown as Db,
          kind: 'postgres',
          copyCsv: async (table, columns, csv) => {
            const stream = connection.query(
              copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`),
            );
            await pipeline(Readable.from([csv]), stream);
          },
          // Closed rather than pooled: its temporary tables and settings go with it.
          release: async () => connection.release(true),
        };
      },
      listen: async (channel, onNotify) => {
        const stop = await listenOn(pgDriver, url, channel, onNotify);
        listeners.add(stop);
        return async () => {
          listeners.delete(stop);
          await stop();
        };
      },
    };
  }
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite({ client: yieldingClient(pglite), schema }) as unknown as Db;
  let closed = false;
  const connection: DatabaseConnection = {
    db,
    kind: 'pglite',
    copyCsv: async (table, columns, csv) => {
      await nextTurn();
      await pglite.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob' with (format csv)`, [], {
        blob: new Blob([csv]),
      });
    },
    release: async () => {},
  };
  return {
    db,
    kind: 'pglite',
    pglite,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    close: async () => {
      closed = true;
      await pglite.close();
    },
    isClosed: () => closed,
    connect: async () => connection,
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). A lost
 * connection is opened again after a second; missed notifications are covered by the caller's
 * polling.
 */
async function listenOn(
  pgDriver: typeof pg,
  url: string,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const reopenSoon = () => {
    retry = setTimeout(() => void open().catch(reopenSoon), 1000);
    retry.unref();
  };
  const open = async () => {
    if (stopped) return;
    const next = new pgDriver.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    next.on('error', () => {
      if (stopped || client !== next) return;
      client = null;
      void next.end().catch(() => {});
      reopenSoon();
    });
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    if (stopped) await next.end();
    else client = next;
  };
  await open();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PGlite runs each statement synchronously on this thread, and a chain of awaited queries never
 * lets the event loop reach its I/O phase: a long import would keep every HTTP request, the
 * liveness probe included, waiting until its end. The app's queries go through this wrapper,
 * which gives the event loop a turn before each statement, so requests are served between
 * statements (a single long statement still holds the thread: ADR 0014). The statements waiting
 * for the connection run oldest request first (`statement-order.ts`); a transaction's own
 * statements run inside it.
 */
function yieldingClient(pglite: PGlite): PGlite {
  const queued = statementQueue(nextTurn);
  type Tx = Parameters<Parameters<PGlite['transaction']>[0]>[0];
  const wrapTx = (tx: Tx): Tx => ({
    ...tx,
    query: async (...args: Parameters<Tx['query']>) => {
      await nextTurn();
      return tx.query(...args);
    },
    exec: async (...args: Parameters<Tx['exec']>) => {
      await nextTurn();
      return tx.exec(...args);
    },
    rollback: () => tx.rollback(),
    get closed() {
      return tx.closed;
    },
  });
  const client = {
    query: (...args: Parameters<PGlite['query']>) => queued(() => pglite.query(...args)),
    transaction: <T>(callback: (tx: Tx) => Promise<T>) =>
      queued(() => pglite.transaction((tx) => callback(wrapTx(tx)))),
  };
  return client as unknown as PGlite;
}

/** Runs raw SQL and returns its rows (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * The rows of `select` (a statement whose columns are `columns`, in order) as tuples, moved out of
 * the database as one JSON text: on PGlite each field of a result costs its own decoding in
 * JavaScript, so a report of thousands of small rows is read several times faster this way.
 */
export async function queryTuples<T extends unknown[]>(
  db: Db,
  select: SQL,
  columns: readonly string[],
): Promise<T[]> {
  const fields = sql.raw(columns.map((c) => `t.${quoteIdentifier(c)}`).join(', '));
  const [row] = await queryRows<{ tuples: string | null }>(
    db,
    sql`select json_agg(json_build_array(${fields}))::text as tuples from (${select}) t`,
  );
  return row?.tuples ? (JSON.parse(row.tuples) as T[]) : [];
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs one SQL text and returns its rows: the same code reads through a Db or PGlite's own handle. */
export type RunQuery = <T>(text: string) => Promise<T[]>;

export function runQueryOn(db: Db): RunQuery {
  return (text) => queryRows(db, sql.raw(text));
}

/**
 * One array parameter (`${pgArray(values)}::text[]`) instead of drizzle's expansion of a JS array
 * into one parameter per element: a PostgreSQL array literal with every element quoted.
 */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}
