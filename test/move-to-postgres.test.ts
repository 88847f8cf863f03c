/**
 * Moving an embedded install to PostgreSQL, exactly as the README says (PostgreSQL suite only):
 * an embedded data dir with a ratified standard → `skj export-sql` (PGlite's pg_dump) →
 * `psql -v ON_ERROR_STOP=1 --single-transaction -f` into a fresh database → the app started with
 * DATABASE_URL has every table's row count (sessions excepted) and serves the same DOCX bytes.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { countTables, runQueryOn } from '../src/db/backup/manifest';
import { prepareDatabase } from '../src/server';
import { testTarget, withDatabase } from './support/database-url';
import { ministryWithRatifiedStandard } from './support/ratified-standard';
import { demoPassword, startTestServer } from './support/test-server';

const run = promisify(execFile);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-move-'));
const dataDir = path.join(root, 'data');
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const targetName = `skj_move_${randomBytes(5).toString('hex')}`;

async function admin(query: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
  if (testTarget() === 'postgres') await admin(`drop database if exists ${targetName} with (force)`);
});

describe.skipIf(testTarget() !== 'postgres')('embedded → PostgreSQL', { timeout: 300_000 }, () => {
  it('export-sql, psql -f and DATABASE_URL give the same rows and the same ratified document', async () => {
    const env = { SKJ_DATA_DIR: dataDir, SKJ_LOG: '0', DATABASE_URL: '', SKJ_DEMO_PASSWORD: demoPassword };
    const embedded = await prepareDatabase(loadConfig(env));
    const server = await startTestServer(env, { database: embedded.database });
    const ministry = await ministryWithRatifiedStandard(server);
    const docxPath = `/api/job-standards/${ministry.standardId}/document.docx`;
    const original = await ministry.admin.download(docxPath);
    expect(original.status).toBe(200);
    const before = await countTables(runQueryOn(embedded.database.db));
    await server.close();
    embedded.lock?.release();

    const dump = path.join(root, 'dump.sql');
    const exported = await run('node', ['--import', 'tsx', 'src/cli/index.ts', 'export-sql', '--out', dump], {
      env: { ...process.env, ...env },
    });
    expect(exported.stdout).toContain('Ekspor SQL ditulis');

    await admin(`create database ${targetName}`);
    const targetUrl = withDatabase(adminUrl, targetName);
    const loaded = await run(
      'psql',
      ['-v', 'ON_ERROR_STOP=1', '--single-transaction', '-q', '-d', targetUrl, '-f', dump],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    expect(loaded.stderr).not.toMatch(/ERROR/);

    const moved = await prepareDatabase(loadConfig({ SKJ_LOG: '0', DATABASE_URL: targetUrl }));
    expect(moved.demo).toBeNull();
    const movedServer = await startTestServer({ DATABASE_URL: targetUrl }, { database: moved.database });
    try {
      const after = await countTables(runQueryOn(moved.database.db));
      expect(before['public.sessions']).toBeGreaterThan(0);
      expect(after).toEqual({ ...before, 'public.sessions': 0 });
      const [version] = await runQueryOn(moved.database.db)<{ server_version_num: string }>(
        'show server_version_num',
      );
      expect(Number(version?.server_version_num)).toBeGreaterThanOrEqual(150000);
      const superadmin = await movedServer.as('superadmin');
      const again = await superadmin.download(docxPath);
      expect(again.status).toBe(200);
      expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(original.bytes))).toBe(0);
    } finally {
      await movedServer.close();
    }
  });
});
