/**
 * Where background jobs keep files: the upload an import reads, the book a user downloads. Every
 * app instance must reach them (a job runs wherever a worker claims it, the download may hit
 * another instance): on PostgreSQL they live in the database (`job_files`, in 1 MiB parts), so no
 * shared disk is needed; PGlite has one instance, and keeps them in the data dir's `jobs/` folder.
 * Files are written and read as streams: a 64 MB upload is never whole in memory.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database, Db } from '../db/client';
import {
  deleteJobFile,
  insertJobFilePart,
  jobFilePartBytes,
  jobFileSize,
  readJobFilePart,
} from '../db/repositories/job-file-repository';

export interface JobFiles {
  /** Stores `source` under `name` (a plain file name); answers its byte count. Nothing stays on error. */
  write(name: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number>;
  /** The stored bytes, read as they are consumed. */
  read(name: string): Readable;
  /** Byte count, or null when no such file is stored. */
  size(name: string): Promise<number | null>;
  /** Removes the file; one already gone is fine. */
  remove(name: string): Promise<void>;
}

const plainName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function checkName(name: string): string {
  if (!plainName.test(name)) throw new Error(`not a job file name: ${name}`);
  return name;
}

export function uploadFileName(): string {
  return `upload-${randomUUID()}`;
}

export class DirectoryJobFiles implements JobFiles {
  constructor(readonly dir: string) {}

  path(name: string): string {
    return path.join(this.dir, checkName(name));
  }

  async write(name: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
    const target = this.path(name);
    await fs.promises.mkdir(this.dir, { recursive: true });
    const partial = `${target}.partial`;
    let bytes = 0;
    const counted = async function* () {
      for await (const chunk of source) {
        bytes += chunk.byteLength;
        yield chunk;
      }
    };
    try {
      await pipeline(Readable.from(counted()), fs.createWriteStream(partial, { mode: 0o600 }));
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
    return bytes;
  }

  read(name: string): Readable {
    return fs.createReadStream(this.path(name), { highWaterMark: 256 * 1024 });
  }

  async size(name: string): Promise<number | null> {
    const stat = await fs.promises.stat(this.path(name)).catch(() => null);
    return stat?.isFile() ? stat.size : null;
  }

  async remove(name: string): Promise<void> {
    await fs.promises.rm(this.path(name), { force: true });
  }
}

export class DatabaseJobFiles implements JobFiles {
  constructor(private readonly db: Db) {}

  async write(name: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
    checkName(name);
    let part = 0;
    let bytes = 0;
    let buffered: Uint8Array[] = [];
    let bufferedBytes = 0;
    const flush = async () => {
      if (bufferedBytes === 0) return;
      await insertJobFilePart(this.db, name, part++, Buffer.concat(buffered, bufferedBytes));
      buffered = [];
      bufferedBytes = 0;
    };
    try {
      for await (const chunk of source) {
        bytes += chunk.byteLength;
        let rest = chunk;
        while (bufferedBytes + rest.byteLength >= jobFilePartBytes) {
          const take = jobFilePartBytes - bufferedBytes;
          buffered.push(rest.subarray(0, take));
          bufferedBytes += take;
          rest = rest.subarray(take);
          await flush();
        }
        if (rest.byteLength > 0) {
          // Copied: the caller may reuse its buffer for the next chunk.
          buffered.push(Uint8Array.from(rest));
          bufferedBytes += rest.byteLength;
        }
      }
      await flush();
      // An empty file still exists: one empty part.
      if (part === 0) await insertJobFilePart(this.db, name, 0, new Uint8Array());
    } catch (error) {
      await deleteJobFile(this.db, name).catch(() => {});
      throw error;
    }
    return bytes;
  }

  read(name: string): Readable {
    const db = this.db;
    checkName(name);
    return Readable.from(
      (async function* () {
        for (let part = 0; ; part++) {
          const bytes = await readJobFilePart(db, name, part);
          if (!bytes) return;
          if (bytes.byteLength > 0) yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
      })(),
      { objectMode: false },
    );
  }

  size(name: string): Promise<number | null> {
    return jobFileSize(this.db, checkName(name));
  }

  remove(name: string): Promise<void> {
    return deleteJobFile(this.db, checkName(name));
  }
}

/** The store for this database: in it on PostgreSQL, in `<dataDir>/jobs` on PGlite. */
export function jobFilesFor(database: Database, dataDir: string): JobFiles {
  return database.kind === 'postgres'
    ? new DatabaseJobFiles(database.db)
    : new DirectoryJobFiles(path.join(dataDir, 'jobs'));
}
