import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { lockDataDir } from '../src/db/lock';
import { prepareDatabase } from '../src/server';

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

// Each test spawns the CLI (tsx) and opens PGlite data dirs: slow on a busy machine, so minutes, not 30 s.
describe('skj CLI', { timeout: 180_000 }, () => {
  it('creates the first superadmin once, then refuses a second', async () => {
    const first = await skj(['create-superadmin', '--username', 'Root'], {
      SKJ_ADMIN_PASSWORD: 'Pohon-Beringin-Tua-1945',
    });
    expect(first.stdout).toContain('Superadmin root dibuat.');
    expect(first.code).toBe(0);
    const second = await skj(['create-superadmin', '--username', 'root2'], {
      SKJ_ADMIN_PASSWORD: 'Pohon-Beringin-Tua-1945',
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
    expect(shortPassword.stderr).toContain('Galat (PASSWORD_TOO_WEAK): Kata sandi minimal 10 karakter.');
  });

  // A new data dir (initdb, migrations, reference and demo data) plus two CLI processes: minutes on a busy machine.
  it('imports a flat dictionary sheet for an agency and exports it again', { timeout: 180_000 }, async () => {
    const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-cli-demo-'));
    const prepared = await prepareDatabase(loadConfig({ SKJ_DATA_DIR: demoDir, SKJ_LOG: '0' }));
    await prepared.database.close();
    prepared.lock?.release();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kamus');
    sheet.addRow(['kode', 'nama', 'definisi', 'level', 'deskripsi', 'indikator']);
    for (let level = 1; level <= 5; level++) {
      sheet.addRow([
        'C.01',
        'Kearsipan Dinamis',
        'Kemampuan mengelola arsip dinamis.',
        level,
        `Level ${level}`,
        `1. Satu\n2. Dua`,
      ]);
    }
    const file = path.join(demoDir, 'kamus.xlsx');
    await workbook.xlsx.writeFile(file);
    const env = { SKJ_DATA_DIR: demoDir };
    const imported = await skj(
      [
        'dictionary',
        'import',
        file,
        '--agency',
        'KOTA-CONTOH',
        '--dictionary',
        'KAMUS-ARSIP',
        '--affair',
        'Urusan Pemerintahan Bidang Kearsipan',
        '--group',
        'specific',
      ],
      env,
    );
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('1 kompetensi diimpor (format flat) ke kamus KAMUS-ARSIP');
    const out = path.join(demoDir, 'ekspor.xlsx');
    const exported = await skj(['dictionary', 'export', 'KAMUS-ARSIP', out], env);
    expect(exported.code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet('Kompetensi')!.getRow(2).getCell(1).value).toBe('C.01');
    const check = await skj(['standards', 'check', 'KOTA-CONTOH'], env);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('0 SKJ diperiksa');
    const badCheck = await skj(['standards', 'check'], env);
    expect(badCheck.code).toBe(1);
    const unknownAgency = await skj(['dictionary', 'import', file, '--agency', 'NOPE'], env);
    expect(unknownAgency.code).toBe(1);
    expect(unknownAgency.stderr).toContain('AGENCY_NOT_FOUND');
    fs.rmSync(demoDir, { recursive: true, force: true });
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

  it('evaluates a job from a JSON of factor levels, and refuses bad levels', async () => {
    const file = path.join(dataDir, 'evaluasi.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        kind: 'structural',
        levels: { '1': '1-3', '2': '2-2', '3': '3-2', '4A': '4A-3', '4B': '4B-3', '5': '5-5', '6': '6-3' },
      }),
    );
    const ok = await skj(['evaluate', file]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Nilai jabatan 3375, kelas jabatan 15.');
    expect(ok.stdout).toMatch(/Faktor 4A\s+4A-3\s+75/);
    fs.writeFileSync(file, JSON.stringify({ kind: 'functional', levels: { '4A': '4A-1' } }));
    const bad = await skj(['evaluate', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Faktor 4A tidak berlaku pada evaluasi jabatan fungsional.');
    expect(bad.stderr).toContain('INVALID_EVALUATION');
    fs.writeFileSync(file, '{ kind: ');
    expect((await skj(['evaluate', file])).stderr).toContain('INVALID_JSON');
  });
});
