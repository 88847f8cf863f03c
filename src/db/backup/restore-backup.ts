/**
 * Restoring a backup into an empty data dir: the manifest is read and checked first (format, not
 * a newer schema than this app knows), then the files are unpacked under the new dir's lock,
 * opened, and every table's row count is compared with the manifest. Signed-in sessions are
 * dropped. Anything that fails leaves the dir empty again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { openDatabase } from '../client';
import { lockDataDir } from '../lock';
import {
  type BackupManifest,
  backupFormat,
  backupFormatVersion,
  countTables,
  knownMigrations,
  runQueryOn,
  tablesNotRestored,
} from './manifest';
import { TarReader } from './tar';
import { archiveDataFolder, manifestEntry } from './write-backup';

const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  trigger: z.enum(['manual', 'schedule', 'cli']).optional(),
  appVersion: z.string(),
  engine: z.object({ pglite: z.string(), postgresMajor: z.number().int() }),
  migration: z.object({ tag: z.string().nullable(), createdAt: z.number() }),
  tables: z.record(z.string(), z.number().int().min(0)),
});

function notABackup(file: string, why: string): DomainError {
  return new DomainError('BACKUP_INVALID', `Berkas ${file} bukan cadangan SKJ yang utuh: ${why}.`);
}

/** Reads only the manifest (the archive's first entry) of a backup file. */
export async function readBackupManifest(file: string): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new DomainError('BACKUP_NOT_FOUND', `Berkas cadangan ${file} tidak ada.`);
  const chunks: Buffer[] = [];
  let state = 'start' as 'start' | 'manifest' | 'done';
  const reader = new TarReader({
    entry(header) {
      if (state !== 'start') return; // the rest of the archive is not needed here
      if (header.name !== manifestEntry) throw notABackup(file, 'manifest.json bukan entri pertama');
      state = 'manifest';
    },
    data(chunk) {
      if (state === 'manifest') chunks.push(Buffer.from(chunk));
    },
    endEntry() {
      if (state === 'manifest') state = 'done';
    },
  });
  const source = fs.createReadStream(file).pipe(zlib.createGunzip());
  try {
    for await (const chunk of source) {
      reader.push(chunk as Buffer);
      if (state === 'done') break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw notABackup(file, (error as Error).message);
  } finally {
    source.destroy();
  }
  if (state !== 'done') throw notABackup(file, 'manifest.json tidak ditemukan');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw notABackup(file, 'manifest.json tidak terbaca');
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw notABackup(file, 'isi manifest.json tidak dikenal');
  return manifest.data as BackupManifest;
}

/** Refuses a backup this app cannot open: another format version, or a schema newer than ours. */
export function checkRestorable(manifest: BackupManifest): void {
  if (manifest.formatVersion !== backupFormatVersion) {
    throw new DomainError(
      'BACKUP_UNSUPPORTED',
      `Format cadangan versi ${manifest.formatVersion} tidak dikenal aplikasi ini (versi ${backupFormatVersion}).`,
    );
  }
  const known = knownMigrations();
  const newest = known[known.length - 1]?.when ?? 0;
  const applied = manifest.migration.createdAt;
  if (applied > newest || (applied > 0 && !known.some((m) => m.when === applied))) {
    throw new DomainError(
      'BACKUP_NEWER_SCHEMA',
      `Cadangan ini dibuat oleh SKJ ${manifest.appVersion} dengan skema basis data yang lebih baru ` +
        `(${manifest.migration.tag ?? 'tidak dikenal'}) daripada yang dikenal aplikasi ini. ` +
        'Pulihkan dengan versi SKJ yang sama atau lebih baru.',
      { backupMigration: manifest.migration, appVersion: manifest.appVersion },
    );
  }
}

function assertEmptyDir(dataDir: string) {
  if (!fs.existsSync(dataDir)) return;
  if (!fs.statSync(dataDir).isDirectory() || fs.readdirSync(dataDir).length > 0) {
    throw new DomainError(
      'DATA_DIR_NOT_EMPTY',
      `Direktori ${dataDir} tidak kosong. Pemulihan hanya ke direktori data yang kosong atau belum ada, ` +
        'agar data yang ada tidak tertimpa.',
    );
  }
}

/** Archive entry name → path under `target`, refusing anything outside it. */
function targetPath(target: string, name: string): string | null {
  if (name === manifestEntry) return null;
  if (name !== archiveDataFolder && !name.startsWith(`${archiveDataFolder}/`)) {
    throw new Error(`unexpected entry ${name}`);
  }
  const relative = name.slice(archiveDataFolder.length + 1);
  if (relative.split('/').some((part) => part === '..') || path.isAbsolute(relative)) {
    throw new Error(`unsafe entry ${name}`);
  }
  return path.join(target, relative);
}

async function extract(file: string, target: string, onProgress?: (read: number, total: number) => void) {
  const total = (await fs.promises.stat(file)).size;
  let read = 0;
  let fd: number | null = null;
  const reader = new TarReader({
    entry(header) {
      const to = targetPath(target, header.name);
      if (!to) return;
      if (header.type === 'directory') {
        fs.mkdirSync(to, { recursive: true, mode: 0o700 });
        return;
      }
      fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
      fd = fs.openSync(to, 'wx', 0o600);
    },
    data(chunk) {
      if (fd !== null) fs.writeSync(fd, chunk);
    },
    endEntry() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  });
  const input = fs.createReadStream(file);
  input.on('data', (chunk) => {
    read += chunk.length;
    onProgress?.(read, total);
  });
  try {
    await pipeline(input, zlib.createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) reader.push(chunk);
    });
    reader.end();
  } catch (error) {
    throw notABackup(file, (error as Error).message);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

export interface RestoreSummary {
  manifest: BackupManifest;
  /** Rows per table in the restored copy, after the tables that are not restored were emptied. */
  tables: Record<string, number>;
}

export async function restoreBackup(
  file: string,
  dataDir: string,
  options: { onProgress?: (read: number, total: number) => void } = {},
): Promise<RestoreSummary> {
  const manifest = await readBackupManifest(file);
  checkRestorable(manifest);
  assertEmptyDir(dataDir);
  const lock = lockDataDir(dataDir);
  const pgliteDir = path.join(dataDir, archiveDataFolder);
  try {
    await extract(file, pgliteDir, options.onProgress);
    const database = await openDatabase({ dataDir: pgliteDir }).catch((error: Error) => {
      throw new DomainError(
        'BACKUP_ENGINE_MISMATCH',
        `Salinan basis data tidak dapat dibuka (PGlite ${manifest.engine.pglite}, PostgreSQL ` +
          `${manifest.engine.postgresMajor}): ${error.message}. Buat ekspor SQL dengan versi SKJ yang ` +
          'membuat cadangan ini (skj export-sql --from-backup) lalu muat ke PostgreSQL.',
      );
    });
    try {
      const run = runQueryOn(database.db);
      const counts = await countTables(run);
      const differences = Object.keys({ ...manifest.tables, ...counts })
        .filter((table) => manifest.tables[table] !== counts[table])
        .map((table) => ({ table, expected: manifest.tables[table] ?? null, found: counts[table] ?? null }));
      if (differences.length > 0) {
        throw new DomainError(
          'BACKUP_VERIFY_FAILED',
          'Jumlah baris hasil pemulihan tidak sama dengan catatan cadangan; pemulihan dibatalkan.',
          { differences },
        );
      }
      for (const table of tablesNotRestored) {
        if (table in counts) await run(`delete from ${table}`);
      }
      return { manifest, tables: await countTables(run) };
    } finally {
      await database.close();
    }
  } catch (error) {
    for (const entry of fs.readdirSync(dataDir)) {
      if (entry !== path.basename(lock.path))
        fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    }
    throw error;
  } finally {
    lock.release();
  }
}
