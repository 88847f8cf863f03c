/**
 * `skj backup`, `skj restore`, `skj export-sql`: operations on the embedded database (ADR 0014).
 * `backup` and `export-sql` read the data dir under its lock, so they run while the server is
 * stopped; while it runs they say how to back up through it instead (the API or the nightly
 * schedule) and `export-sql --from-backup` converts such a backup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config';
import { exportSql } from '../db/backup/export-sql';
import { restoreBackup } from '../db/backup/restore-backup';
import { writeBackup } from '../db/backup/write-backup';
import { type Database, openDatabase } from '../db/client';
import { type DataDirLock, lockDataDir, lockOwnerAlive, readLockOwner } from '../db/lock';
import { DomainError } from '../domain/errors';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function requireEmbedded(config: Config) {
  if (config.databaseUrl) {
    throw new DomainError(
      'BACKUP_NOT_AVAILABLE',
      'DATABASE_URL diisi: basis data ini server PostgreSQL. Cadangkan dengan pg_dump atau PITR milik server itu.',
    );
  }
}

/** The stopped server's data dir, locked and opened as it is (no migration: a backup takes it as found). */
async function openStoppedDataDir(
  config: Config,
  whileRunning: string,
): Promise<{ database: Database; lock: DataDirLock }> {
  const owner = readLockOwner(config.dataDir);
  if (owner && lockOwnerAlive(owner)) {
    throw new DomainError(
      'SERVER_RUNNING',
      `Server SKJ sedang berjalan pada ${config.dataDir} (PID ${owner.pid}). ${whileRunning}`,
    );
  }
  const pgliteDir = path.join(config.dataDir, 'pglite');
  if (!fs.existsSync(path.join(pgliteDir, 'PG_VERSION'))) {
    throw new DomainError('DATA_DIR_EMPTY', `Tidak ada basis data di ${config.dataDir} (SKJ_DATA_DIR).`);
  }
  const lock = lockDataDir(config.dataDir);
  try {
    return { database: await openDatabase({ dataDir: pgliteDir }), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function requireNewFile(file: string) {
  if (fs.existsSync(file)) {
    throw new DomainError('FILE_EXISTS', `Berkas ${file} sudah ada; pilih nama lain agar tidak tertimpa.`);
  }
}

export async function backupCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
  if (!values.out) throw new DomainError('VALIDATION_FAILED', 'Opsi --out BERKAS wajib diisi.');
  const out = path.resolve(values.out);
  const config = loadConfig();
  requireEmbedded(config);
  requireNewFile(out);
  const { database, lock } = await openStoppedDataDir(
    config,
    'Selagi server berjalan, cadangkan lewat server: POST /api/admin/backups (superadmin), atau jadwal ' +
      `malam SKJ_BACKUP_DIR; berkasnya tersimpan di ${config.backupDir}. Atau hentikan server lalu ulangi.`,
  );
  try {
    const result = await writeBackup({ pglite: database.pglite!, dataDir: database.dataDir! }, out, {
      trigger: 'cli',
    });
    const rows = Object.values(result.manifest.tables).reduce((sum, n) => sum + n, 0);
    console.log(
      `Cadangan ditulis: ${out} (${mb(result.sizeBytes)}, ${Object.keys(result.manifest.tables).length} tabel, ` +
        `${rows.toLocaleString('id-ID')} baris, migrasi ${result.manifest.migration.tag ?? '-'}; ${seconds(result.totalMs)}).`,
    );
    return 0;
  } finally {
    await database.close();
    lock.release();
  }
}

export async function restoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1 || !values['data-dir']) {
    throw new DomainError('VALIDATION_FAILED', 'Pemakaian: skj restore BERKAS --data-dir DIREKTORI_KOSONG');
  }
  const started = performance.now();
  let shown = -1;
  const summary = await restoreBackup(path.resolve(file), path.resolve(values['data-dir']), {
    onProgress(read, total) {
      const percent = Math.floor((read / total) * 10) * 10;
      if (percent !== shown) process.stderr.write(`  dibaca ${percent}%\n`);
      shown = percent;
    },
  });
  const { manifest } = summary;
  const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
  console.log(
    `Dipulihkan ke ${path.resolve(values['data-dir'])}: cadangan ${manifest.createdAt} (SKJ ${manifest.appVersion}, ` +
      `migrasi ${manifest.migration.tag ?? '-'}), ${Object.keys(summary.tables).length} tabel, ` +
      `${rows.toLocaleString('id-ID')} baris, jumlah baris setiap tabel sama dengan catatan cadangan; ` +
      `${seconds(performance.now() - started)}.\nSesi masuk tidak ikut dipulihkan: pengguna masuk lagi. ` +
      'Jalankan server dengan SKJ_DATA_DIR ke direktori ini; migrasi yang lebih baru diterapkan saat mulai.',
  );
  return 0;
}

export async function exportSqlCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'from-backup': { type: 'string' } },
    strict: true,
  });
  if (!values.out) throw new DomainError('VALIDATION_FAILED', 'Opsi --out BERKAS.sql wajib diisi.');
  const out = path.resolve(values.out);
  requireNewFile(out);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof exportSql>>;
  if (values['from-backup']) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-export-'));
    try {
      await restoreBackup(path.resolve(values['from-backup']), work);
      const database = await openDatabase({ dataDir: path.join(work, 'pglite') });
      try {
        result = await exportSql(database.pglite!, out);
      } finally {
        await database.close();
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  } else {
    const config = loadConfig();
    requireEmbedded(config);
    const { database, lock } = await openStoppedDataDir(
      config,
      'Selagi server berjalan, buat cadangan (POST /api/admin/backups) lalu jalankan ' +
        'skj export-sql --from-backup BERKAS --out BERKAS.sql; atau hentikan server lalu ulangi.',
    );
    try {
      result = await exportSql(database.pglite!, out);
    } finally {
      await database.close();
      lock.release();
    }
  }
  console.log(
    `Ekspor SQL ditulis: ${out} (${mb(result.sizeBytes)}, migrasi ${result.migration ?? '-'}; ` +
      `${seconds(performance.now() - started)}).\nMuat ke PostgreSQL 15+ yang kosong: ` +
      'psql -v ON_ERROR_STOP=1 --single-transaction -d NAMA_DB -f BERKAS.sql, lalu jalankan SKJ dengan DATABASE_URL.',
  );
  return 0;
}
