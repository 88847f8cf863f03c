/**
 * Every page of the UI (each route of src/web, with records to show) against axe-core's WCAG 2.1 A
 * and AA rules, for the roles whose pages differ: the agency admin, a civil servant, the
 * superadmin and a drafter. Other e2e files check the pages they visit as they go (harness).
 */
import { beforeAll, describe, it } from 'vitest';
import { makeSampleRecords, type SampleRecords } from './support/api-data';
import { checkAccessibility, login, logout, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
let records: SampleRecords;

beforeAll(async () => {
  records = await makeSampleRecords(env.server.baseUrl);
});

async function visit(path: string) {
  const { page } = env.browser;
  await page.goto(`${env.server.baseUrl}${path}`);
  await page.waitForSelector('main, .login-page');
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role=status]:has-text("Memuat")')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await checkAccessibility(page, path);
}

function adminPages(r: SampleRecords): string[] {
  const [v1, v2] = r.dictionaryVersions;
  const [s1, s2] = r.standards;
  return [
    '/',
    '/kamus',
    '/kamus/sosial-kultural',
    '/kamus-teknis',
    `/kamus-teknis/${r.dictionaryId}`,
    `/kamus-teknis/versi/${v1}`,
    `/kamus-teknis/versi/${v2}`,
    `/kamus-teknis/versi/${v2}/banding/${v1}`,
    `/kamus-teknis/${r.dictionaryId}/impor`,
    '/cari?q=kelembagaan',
    '/skj',
    '/skj/konsistensi',
    '/skj/kebijakan',
    '/skj/buku',
    `/skj/${s1}`,
    `/skj/${s2}`,
    `/skj/${s2}/banding/${s1}`,
    '/katalog',
    '/dasbor-merit',
    '/peta-jabatan',
    `/peta-jabatan/evaluasi/${r.positionId}`,
    `/peta-jabatan/uraian/${r.positionId}`,
    `/peta-jabatan/beban-kerja?unit=${r.orgUnitId}`,
    '/kampanye',
    `/kampanye/${r.draftingCampaignId}`,
    `/kampanye/${r.draftingCampaignId}?tab=team`,
    `/kampanye/${r.draftingCampaignId}?tab=positions`,
    `/kampanye/${r.draftingCampaignId}?tab=schedule`,
    `/kampanye/${r.draftingCampaignId}?tab=sop`,
    '/pegawai',
    '/pegawai/unit',
    `/pegawai/${r.nip}`,
    '/talenta',
    `/kandidat/${r.positionId}`,
    '/admin',
    '/admin?bagian=unit-organisasi',
    '/admin?bagian=pengguna',
    '/halaman-yang-tidak-ada',
  ];
}

describe('every page meets WCAG 2.1 A/AA (axe-core)', () => {
  it('the login page', async () => {
    await visit('/login');
  });

  it('every page the agency admin sees', async () => {
    await login(env.browser.page, env.server.baseUrl, 'admin');
    for (const path of adminPages(records)) await visit(path);
  });

  it('the same pages in English', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=language-toggle]');
    for (const path of ['/', `/skj/${records.standards[1]}`, '/peta-jabatan', `/pegawai/${records.nip}`]) {
      await visit(path);
    }
    await page.click('[data-testid=language-toggle]');
    await logout(page);
  });

  it("a civil servant's pages", async () => {
    await login(env.browser.page, env.server.baseUrl, 'pegawai');
    for (const path of [
      '/',
      '/saya',
      '/skj',
      '/peta-jabatan',
      '/pegawai',
      `/skj/${records.standards[0]}`,
      '/admin',
    ]) {
      await visit(path);
    }
    await logout(env.browser.page);
  });

  it("the superadmin's pages", async () => {
    await login(env.browser.page, env.server.baseUrl, 'superadmin');
    for (const path of [
      '/admin',
      '/admin?bagian=pengguna',
      '/dasbor-merit',
      '/skj/kebijakan',
      '/peta-jabatan',
      '/pegawai',
    ]) {
      await visit(path);
    }
    await logout(env.browser.page);
  });

  it("a drafter's pages", async () => {
    await login(env.browser.page, env.server.baseUrl, 'drafter');
    const [, v2] = records.dictionaryVersions;
    for (const path of [
      '/skj',
      `/skj/${records.standards[1]}`,
      `/kamus-teknis/versi/${v2}`,
      '/kampanye',
      '/katalog',
    ]) {
      await visit(path);
    }
    await logout(env.browser.page);
  });
});
