/**
 * What `npm start` does on a new data dir: the demo with a random password per data dir (printed
 * while the demo accounts still have it), or, without the demo, a one-time setup token.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { users } from '../src/db/schema';
import { demoPasswordFile } from '../src/db/seed/demo-password';
import { demoPasswordHint, type PreparedDatabase, prepareDatabase } from '../src/server';
import { hashPassword } from '../src/services/passwords';
import { ApiClient } from './support/api-client';
import { runMain } from './support/server-process';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-first-start-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string, env: Record<string, string> = {}) {
  return prepareDatabase(loadConfig({ SKJ_DATA_DIR: dataDir, SKJ_LOG: '0', ...env }));
}
async function stop(prepared: PreparedDatabase) {
  await prepared.database.close();
  prepared.lock?.release();
}

describe('the demo password', () => {
  it('is random per data dir, printed again on restart only for the accounts that still have it', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    expect(first.setup).toBeNull();
    expect(first.demo).toMatchObject({ loaded: true, source: 'generated' });
    const password = first.demo!.password!;
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(password).not.toBe('demo12345');
    expect(first.demo!.accounts).toContain('superadmin');
    expect(fs.readFileSync(demoPasswordFile(dataDir), 'utf8').trim()).toBe(password);
    expect(fs.statSync(demoPasswordFile(dataDir)).mode & 0o077).toBe(0);
    // Some demo users choose their own password.
    const other = await hashPassword('Sandi-Pilihan-Sendiri-2026');
    await first.database.db
      .update(users)
      .set({ passwordHash: other })
      .where(inArray(users.username, ['superadmin', 'admin']));
    await stop(first);

    const second = await start(dataDir);
    expect(second.demo).toMatchObject({ loaded: false, source: 'generated', password });
    expect(second.demo!.accounts).not.toContain('superadmin');
    expect(second.demo!.accounts).toContain('drafter');
    // Now everyone has changed it: it is never shown again, and its file is gone.
    await second.database.db.update(users).set({ passwordHash: other });
    await stop(second);

    const third = await start(dataDir);
    expect(demoPasswordHint(second.demo)).toBe('file');
    expect(third.demo).toBeNull();
    expect(demoPasswordHint(third.demo)).toBeNull();
    expect(fs.existsSync(demoPasswordFile(dataDir))).toBe(false);
    await stop(third);
  }, 180_000);

  it('comes from SKJ_DEMO_PASSWORD when set, and is then neither printed nor stored', async () => {
    const dataDir = tempDir();
    const prepared = await start(dataDir, { SKJ_DEMO_PASSWORD: 'Kata-Sandi-Demo-Tetap-1' });
    expect(prepared.demo).toMatchObject({ loaded: true, source: 'env', password: null });
    expect(fs.existsSync(demoPasswordFile(dataDir))).toBe(false);
    expect(demoPasswordHint(prepared.demo)).toBe('env');
    await stop(prepared);
  }, 120_000);
});

describe('npm start on a new data dir', () => {
  it('prints the demo logins with a password that works', async () => {
    const dataDir = tempDir();
    const server = await runMain(
      { SKJ_DATA_DIR: dataDir, SKJ_DEMO: '1' },
      /kata sandi: (\S+)\n[\s\S]*PERINGATAN/,
    );
    try {
      const password = server.match[1]!;
      expect(server.output()).toMatch(/superadmin\s+superadmin\s+\(nasional\)/);
      expect(password).toBe(fs.readFileSync(demoPasswordFile(dataDir), 'utf8').trim());
      const login = await new ApiClient(server.baseUrl).login('admin', password);
      expect(login.status).toBe(200);
      // The login page says where the password is, never what it is.
      const health = await new ApiClient(server.baseUrl).get('/api/health');
      expect(health.body).toMatchObject({ demo: true, demoPassword: 'file' });
      expect(JSON.stringify(health.body)).not.toContain(password);
      expect(server.output()).not.toContain('token penyiapan');
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('without the demo prints a setup token that creates the first superadmin (no CLI step)', async () => {
    const server = await runMain({ SKJ_DATA_DIR: tempDir(), SKJ_DEMO: '0' }, /token penyiapan: (\S+)/);
    try {
      const token = server.match[1]!;
      const client = new ApiClient(server.baseUrl);
      expect((await client.get('/api/setup')).body).toEqual({ needed: true, tokenIssued: true });
      expect((await client.get('/api/health')).body).toMatchObject({ demo: false, demoPassword: null });
      const created = await client.post('/api/setup', {
        token,
        username: 'root',
        fullName: 'Administrator Sistem',
        password: 'Pohon-Beringin-Tua-1945',
      });
      expect(created.status).toBe(201);
      expect((await client.login('root', 'Pohon-Beringin-Tua-1945')).status).toBe(200);
      expect(server.output()).not.toMatch(/kata sandi:/);
      // Every start makes its own token; this one is spent.
      expect((await client.get('/api/setup')).body).toEqual({ needed: false, tokenIssued: false });
    } finally {
      await server.stop();
    }
  }, 180_000);
});
