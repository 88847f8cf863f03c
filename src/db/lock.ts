/**
 * PGlite has no lock between processes: two processes on one data dir lose committed writes
 * silently. Whoever opens the data dir takes this exclusive lockfile first and refuses to start
 * while another live process holds it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain/errors';

export interface DataDirLock {
  path: string;
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, '.skj.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid: number };
          if (owner.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: { pid?: number } = {};
      try {
        owner = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
      } catch {
        // unreadable or half-written: treat as stale
      }
      // A live owner, this process included (a second open here would corrupt the data just the same).
      if (owner.pid && processAlive(owner.pid)) {
        throw new DomainError(
          'DATA_DIR_LOCKED',
          `Direktori data ${dataDir} sedang dipakai oleh proses lain (PID ${owner.pid}). ` +
            'Hentikan server SKJ yang sedang berjalan, atau gunakan SKJ_DATA_DIR lain.',
          { pid: owner.pid, lockPath },
        );
      }
      fs.rmSync(lockPath, { force: true }); // stale lock of a dead process
    }
  }
  throw new DomainError('DATA_DIR_LOCKED', `Tidak dapat mengunci direktori data ${dataDir}.`);
}
