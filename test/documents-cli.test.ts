/** `skj book`: the book of standards from the command line, with progress and failures printed. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { findAgencyByCode } from '../src/db/repositories/agency-repository';
import { agencies, positions, users } from '../src/db/schema';
import { prepareDatabase } from '../src/server';
import { createJobStandard } from '../src/services/compose-job-standard';
import { docxText, pdfText } from './support/document-text';

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-cli-book-'));
const out = (name: string) => path.join(dataDir, name);

async function skj(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { ...process.env, SKJ_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // The demo data, with drafts for two positions of Bidang Pengembangan Kompetensi's parent unit.
  const prepared = await prepareDatabase(loadConfig({ SKJ_DATA_DIR: dataDir, SKJ_LOG: '0' }));
  try {
    const { db } = prepared.database;
    const agency = (await findAgencyByCode(db, 'KOTA-CONTOH'))!;
    const [drafter] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'drafter'));
    const ctx = {
      db,
      actor: { userId: drafter!.id, username: 'drafter', role: 'drafter' as const, agencyId: agency.id },
    };
    const rows = await db
      .select({ id: positions.id, name: positions.name })
      .from(positions)
      .innerJoin(agencies, eq(agencies.id, positions.agencyId))
      .where(eq(agencies.code, 'KOTA-CONTOH'));
    for (const name of ['Kepala Bidang Pengembangan Kompetensi', 'Kepala Bagian Organisasi']) {
      await createJobStandard(ctx, { positionId: rows.find((p) => p.name === name)!.id });
    }
  } finally {
    await prepared.database.close();
    prepared.lock?.release();
  }
}, 60_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('skj book', () => {
  it('writes the PDF book of an agency, printing progress', async () => {
    const result = await skj(['book', 'KOTA-CONTOH', '--format', 'pdf', '--out', out('buku.pdf')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Menyusun buku: 2/2 jabatan');
    expect(result.stdout).toMatch(/2\/2 jabatan dimuat, 0 gagal, \d+ jabatan belum memiliki SKJ/);
    const text = pdfText(fs.readFileSync(out('buku.pdf')));
    expect(text).toContain('Kepala Bidang Pengembangan Kompetensi');
    expect(text).toContain('Kepala Bagian Organisasi');
  }, 60_000);

  it('writes the DOCX book of one org unit, given by its code', async () => {
    const result = await skj([
      'book',
      'KOTA-CONTOH',
      '--format',
      'docx',
      '--org-unit',
      'BKPSDM',
      '--out',
      out('b.docx'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Menyusun buku: 1/1 jabatan');
    const text = docxText(fs.readFileSync(out('b.docx')));
    expect(text).toContain('Kepala Bidang Pengembangan Kompetensi');
    expect(text).not.toContain('Kepala Bagian Organisasi');
  }, 60_000);

  it('refuses bad arguments with a message and exit code', async () => {
    const badFormat = await skj(['book', 'KOTA-CONTOH', '--format', 'odt', '--out', out('x.odt')]);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('--format harus pdf atau docx');
    const noAgency = await skj(['book', 'TIDAK-ADA', '--format', 'pdf', '--out', out('x.pdf')]);
    expect(noAgency.code).toBe(1);
    expect(noAgency.stderr).toContain('AGENCY_NOT_FOUND');
    const noUnit = await skj([
      'book',
      'KOTA-CONTOH',
      '--format',
      'pdf',
      '--org-unit',
      'DINKES',
      '--out',
      out('x.pdf'),
    ]);
    expect(noUnit.code).toBe(1);
    expect(noUnit.stderr).toContain('ORG_UNIT_NOT_FOUND');
    expect(fs.existsSync(out('x.pdf'))).toBe(false);
  }, 60_000);
});
