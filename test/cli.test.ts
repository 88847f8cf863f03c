import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../src/db/lock';

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function skj(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { ...process.env, SKJ_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('skj CLI', () => {
  it('creates the first superadmin once, then refuses a second', async () => {
    const first = await skj(['create-superadmin', '--username', 'Root'], {
      SKJ_ADMIN_PASSWORD: 'rahasia123',
    });
    expect(first.stdout).toContain('Superadmin root dibuat.');
    expect(first.code).toBe(0);
    const second = await skj(['create-superadmin', '--username', 'root2'], {
      SKJ_ADMIN_PASSWORD: 'rahasia123',
    });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('SUPERADMIN_EXISTS');
  });

  it('validates its arguments', async () => {
    const unknown = await skj(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Perintah tidak dikenal');
    const badOption = await skj(['create-superadmin', '--nope']);
    expect(badOption.code).toBe(2);
    const shortPassword = await skj(['create-superadmin', '--username', 'x1x'], {
      SKJ_ADMIN_PASSWORD: '123',
    });
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain('minimal 8 karakter');
  });

  it('refuses to open a data dir that a running server holds', async () => {
    const lock = lockDataDir(dataDir);
    try {
      const result = await skj(['migrate']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('DATA_DIR_LOCKED');
    } finally {
      lock.release();
    }
  });
});
