/**
 * Civil servants from a SIASN-style "Data ASN" export: its headers (NIP_BARU, GOL_AKHIR_NAMA,
 * TINGKAT_PENDIDIKAN_NAMA, PENDIDIKAN_NAMA, JABATAN_NAMA …) are read, and everyday spellings of
 * rank and education ("Penata (III/c)", "S-1/Sarjana", "D3") are normalised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from './support/jobs';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let agencyId: string;

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
});
afterAll(() => server?.close());

describe('a SIASN-style export', () => {
  it('is read with its own headers and everyday spellings', async () => {
    const position = 'Analis Sumber Daya Manusia Aparatur Ahli Muda';
    const file = csv([
      [
        'PNS_ID',
        'NIP_BARU',
        'NAMA',
        'GOL_AKHIR_NAMA',
        'TINGKAT_PENDIDIKAN_NAMA',
        'PENDIDIKAN_NAMA',
        'JABATAN_NAMA',
        'UNOR_NAMA',
      ],
      [
        '8ae4',
        '198801012012011001',
        'Rudi Hartono',
        'Penata (III/c)',
        'S-1/Sarjana',
        'Ilmu Pemerintahan',
        position,
        'BKPSDM',
      ],
      ['8ae5', '199002022014022002', 'Wulan Sari', 'III/b', 'D3', 'Manajemen Informatika', '', 'BKPSDM'],
    ]);
    const { started, job } = await runImport(admin, '/api/imports/civil-servants', file, 'siasn.csv');
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.result).toMatchObject({ rows: 2, created: 2 });
    const list = (await admin.get(`/api/agencies/${agencyId}/civil-servants`)).body.items;
    const rudi = list.find((p: { name: string }) => p.name === 'Rudi Hartono');
    const wulan = list.find((p: { name: string }) => p.name === 'Wulan Sari');
    expect(rudi, JSON.stringify(list)).toMatchObject({ educationLevel: 'S-1', positionName: position });
    expect(wulan).toMatchObject({ educationLevel: 'D-III' });
    const detail = (await admin.get('/api/civil-servants/198801012012011001')).body;
    expect(JSON.stringify(detail)).toContain('III/c');
    expect(JSON.stringify(detail)).toContain('Ilmu Pemerintahan');
  });

  it('reports an unknown spelling by row and column, writing nothing', async () => {
    const file = csv([
      ['NIP_BARU', 'NAMA', 'GOL_AKHIR_NAMA', 'TINGKAT_PENDIDIKAN_NAMA'],
      ['198901012013011001', 'Salah Golongan', 'Penata Super', 'S1'],
    ]);
    const { job } = await runImport(admin, '/api/imports/civil-servants', file, 'siasn.csv');
    expect(job.status).toBe('failed');
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(JSON.stringify(job.errorDetails)).toContain('Penata Super');
    const list = (await admin.get(`/api/agencies/${agencyId}/civil-servants`)).body.items;
    expect(list.some((p: { name: string }) => p.name === 'Salah Golongan')).toBe(false);
  });
});
