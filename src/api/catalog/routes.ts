import { z } from 'zod';
import { browseCatalog, getConsistencyReport, getMeritDashboard } from '../../services/standard-catalog';
import { getStandardPolicy, setStandardPolicy } from '../../services/standard-policy';
import type { Router } from '../route';
import { meritDashboardResponse } from './merit-schema';
import {
  catalogQuery,
  catalogResponse,
  consistencyReport,
  standardPolicyBody,
  standardPolicyResponse,
  standardPolicySettings,
} from './schema';

const agencyParams = z.object({ id: z.uuid() });

export function registerCatalogRoutes(router: Router) {
  router.route({
    method: 'get',
    path: '/api/catalog',
    operationId: 'searchCatalog',
    summary: 'Katalog nasional SKJ yang sudah ditetapkan (versi terbaru), dapat dicari menurut nama jabatan',
    description:
      'Per halaman: { items, nextCursor, total, totalCapped } (kirim `nextCursor` sebagai `cursor` ' +
      'dengan `q` dan `jobLevel` yang sama; penanda dari saringan lain ditolak 400 INVALID_CURSOR). ' +
      'Tanpa `q` katalog diurutkan menurut nama jabatan, lalu id. Dengan `q` dicari nama jabatan yang ' +
      'memuat `q` (tanpa membedakan huruf besar/kecil); bila tidak ada satu pun, 100 nama yang paling ' +
      'mirip dengan `q` menurut kemiripan kata (salah ketik ditoleransi). Hasil pencarian diurutkan ' +
      'menurut nama jabatan (huruf kecil), lalu id; `score` (0..1) menunjukkan kemiripan nama dengan `q`. ' +
      '`total` dihitung sampai 1.000; bila lebih, `total` = 1000 dan `totalCapped` = true.',
    tag: 'Katalog SKJ Nasional',
    query: catalogQuery,
    response: catalogResponse,
    errors: ['VALIDATION_FAILED', 'INVALID_CURSOR'],
    handler: async ({ ctx, query }) => await browseCatalog(ctx, query),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/consistency-report',
    operationId: 'getConsistencyReport',
    summary:
      'Laporan konsistensi: jabatan sama dengan level berbeda, indikator diubah dari kamus, jabatan tanpa SKJ',
    tag: 'Laporan',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: consistencyReport,
    errors: ['AGENCY_NOT_FOUND'],
    handler: async ({ ctx, params }) => await getConsistencyReport(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/merit-dashboard',
    operationId: 'getMeritDashboard',
    summary: 'Dasbor sistem merit instansi: % jabatan dengan SKJ ditetapkan per unit dan jenjang',
    tag: 'Laporan',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: meritDashboardResponse,
    handler: async ({ ctx, params }) => await getMeritDashboard(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/merit-dashboard',
    operationId: 'getNationalMeritDashboard',
    summary: 'Dasbor sistem merit nasional (peran nasional)',
    tag: 'Laporan',
    response: meritDashboardResponse,
    handler: async ({ ctx }) => await getMeritDashboard(ctx, null),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/standard-policy',
    operationId: 'getStandardPolicy',
    summary: 'Kebijakan aturan SKJ instansi (pola RCL, bobot, kompetensi wajib): bawaan dan penyesuaian',
    tag: 'SKJ',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: standardPolicySettings,
    errors: ['AGENCY_NOT_FOUND'],
    handler: async ({ ctx, params }) => await getStandardPolicy(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/agencies/:id/standard-policy',
    operationId: 'setStandardPolicy',
    summary: 'Ubah kebijakan aturan SKJ instansi (admin instansi)',
    description:
      '`baseName` memilih kebijakan dasar. `override` menggantikan seluruh penyesuaian instansi (bagian yang tidak dimuatnya mengikuti kebijakan dasar); bila `override` tidak dikirim, penyesuaian yang tersimpan tetap, sehingga mengganti kebijakan dasar cukup dengan `baseName`. Hasil gabungan diperiksa (422 INVALID_POLICY dengan masalah per isian) sebelum disimpan.',
    tag: 'SKJ',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: standardPolicyBody,
    response: standardPolicyResponse,
    errors: ['UNKNOWN_POLICY', 'INVALID_POLICY'],
    handler: async ({ ctx, params, body }) => ({ effective: await setStandardPolicy(ctx, params.id, body) }),
  });
}
