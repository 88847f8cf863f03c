/** A fresh database for one test file, copied from the template built by global setup. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client';
import { templateDatabaseName, testTarget, withDatabase } from './database-url';

/**
 * PostgreSQL suite: a new database copied from the template; its URL, and how to drop it (every
 * connection to it is closed first).
 */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `skj_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateDatabaseName}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export async function openTestDatabase(): Promise<Database> {
  if (testTarget() === 'postgres') {
    const created = await createPostgresTestDatabase();
    const database = await openDatabase({ url: created.url, maxConnections: 5 });
    return {
      ...database,
      close: async () => {
        await database.close();
        await created.drop();
      },
    };
  }
  const template = fs.readFileSync(inject('pgliteTemplatePath'));
  return openDatabase({ loadDataDir: new Blob([template]) });
}

/** PGlite on a data dir on disk (`dataDir/pglite`, as the server lays it out) from the template. */
export async function openTestDatabaseInDir(dataDir: string): Promise<Database> {
  const template = fs.readFileSync(inject('pgliteTemplatePath'));
  fs.mkdirSync(dataDir, { recursive: true });
  return openDatabase({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([template]) });
}
