import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { login, screenshotsWideAndNarrow, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

const header = [
  'Unit Eselon I',
  'Unit Eselon II',
  'Unit Eselon III',
  'Nama Jabatan',
  'Jenis Jabatan',
  'Jenjang',
  'Kelas',
  'B',
  'K',
];
const unit = 'Dinas Komunikasi dan Informatika';
const rows = [
  [unit, '', '', 'Kepala Dinas Komunikasi dan Informatika', 'JPT', 'JPT Pratama', '14', '1', '1'],
  [
    unit,
    'Bidang Aplikasi Informatika',
    '',
    'Kepala Bidang Aplikasi Informatika',
    'Struktural',
    'Eselon III',
    'Kelas 11',
    '1',
    '1',
  ],
  [
    unit,
    'Bidang Aplikasi Informatika',
    'Seksi Layanan Aplikasi',
    'Kepala Seksi Layanan Aplikasi',
    'Pengawas',
    '',
    '9',
    '1',
    '1',
  ],
  [
    unit,
    'Bidang Aplikasi Informatika',
    'Seksi Layanan Aplikasi',
    'Pranata Komputer',
    'Fungsional',
    'ahli muda',
    '9',
    '2',
    '3',
  ],
  [
    unit,
    'Bidang Aplikasi Informatika',
    'Seksi Layanan Aplikasi',
    'Pengelola Sistem Informasi',
    'Pelaksana',
    '',
    '7',
    '1',
    '2',
  ],
];

async function writeMap(name: string, data: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Peta Jabatan');
  sheet.addRow(header);
  for (const row of data) sheet.addRow(row);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skj-peta-')), name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('position map import in Chromium', () => {
  it('the agency admin uploads a peta jabatan: a broken file gives the row report, a good one fills the map', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/peta-jabatan`);
    await page.click('[data-testid=map-import]');
    await page.waitForURL(/\/peta-jabatan\/impor$/);
    await page.locator('[data-testid=map-import-panel]').waitFor();

    const template = await page.locator('[data-testid=import-template-position-map]').getAttribute('href');
    expect(template).toBe('/api/imports/position-map/template.xlsx');
    const downloaded = await page.context().request.get(`${env.server.baseUrl}${template}`);
    expect(downloaded.status()).toBe(200);
    expect(downloaded.headers()['content-type']).toContain('spreadsheetml');

    const broken = rows.map((row) => [...row]);
    broken[3]![5] = 'Ahli Sakti';
    await page.setInputFiles('[data-testid=map-import-file]', await writeMap('peta-salah.xlsx', broken));
    await page.click('[data-testid=map-import-submit]');
    await page.locator('[data-testid=map-import-report]').waitFor();
    const problem = page.locator('[data-testid=map-import-problem]');
    expect(await problem.count()).toBe(1);
    expect(await problem.first().textContent()).toContain('Ahli Sakti');
    expect(await problem.first().textContent()).toContain('Jenjang');
    await screenshotsWideAndNarrow(page, 'position-map-import-rejected');

    await page.setInputFiles('[data-testid=map-import-file]', await writeMap('peta-jabatan.xlsx', rows));
    await page.click('[data-testid=map-import-submit]');
    const success = page.locator('[data-testid=map-import-success]');
    await success.waitFor();
    expect(await success.textContent()).toContain('Jabatan: 5 baru, 0 diperbarui');
    expect(await success.textContent()).toContain('Unit: 3 baru');
    expect(await page.locator('[data-testid=map-import-columns]').textContent()).toContain(
      'Kelas → Kelas Jabatan',
    );
    await screenshotsWideAndNarrow(page, 'position-map-import-done');

    await page.click('[data-testid=map-import-open-map]');
    await page.waitForURL(/\/peta-jabatan$/);
    await page.locator('[data-testid=position-map]').waitFor();
    const names = await page.locator('[data-testid=map-position] .map-card-name').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining([
        'Kepala Dinas Komunikasi dan Informatika',
        'Kepala Seksi Layanan Aplikasi',
        'Pranata Komputer',
        'Pengelola Sistem Informasi',
      ]),
    );
    expect(await page.locator('[data-testid=map-unit] h3').allTextContents()).toEqual(
      expect.arrayContaining([unit, 'Bidang Aplikasi Informatika', 'Seksi Layanan Aplikasi']),
    );
    // The demo's 7 positions and the 5 imported.
    expect(await page.locator('[data-testid=map-total-positions] .stat-value').textContent()).toBe('12');
  });

  it('a drafter has no import button, and the import page says who may', async () => {
    const { page } = env.browser;
    await page.context().clearCookies();
    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(`${env.server.baseUrl}/peta-jabatan`);
    await page.locator('[data-testid=position-map]').waitFor();
    expect(await page.locator('[data-testid=map-import]').count()).toBe(0);
    await page.goto(`${env.server.baseUrl}/peta-jabatan/impor`);
    await page.getByText('Hanya admin instansi yang dapat mengimpor peta jabatan.').waitFor();
    expect(await page.locator('[data-testid=map-import-panel]').count()).toBe(0);
  });
});
