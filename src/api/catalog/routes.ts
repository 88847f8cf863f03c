import { z } from 'zod';
import { browseCatalog, getConsistencyReport, getMeritDashboard } from '../../services/standard-catalog';
import { getStandardPolicy, setStandardPolicy } from '../../services/standard-policy';
import type { Router } from '../route';
import { text } from '../text';
import { meritDashboardResponse } from './merit-schema';
import { standardPolicy, standardPolicyBody, standardPolicySettings } from './schema';

const agencyParams = z.object({ id: z.uuid() });

export function registerCatalogRoutes(router: Router) {
  router.route({
    method: 'get',
    path: '/api/catalog',
    summary: 'Katalog nasional SKJ yang sudah ditetapkan (versi terbaru), dapat dicari menurut nama jabatan',
    tag: 'Katalog SKJ Nasional',
    query: z.strictObject({
      q: text({ max: 200 }).optional(),
      jobLevel: text({ max: 40 }).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(30),
    }),
    handler: async ({ ctx, query }) => ({ items: await browseCatalog(ctx, query) }),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/consistency-report',
    summary:
      'Laporan konsistensi: jabatan sama dengan level berbeda, indikator diubah dari kamus, jabatan tanpa SKJ',
    tag: 'Laporan',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
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
    summary: 'Kebijakan aturan SKJ instansi (pola RCL, bobot, kompetensi wajib): bawaan dan penyesuaian',
    tag: 'SKJ',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: standardPolicySettings,
    errors: ['404'],
    handler: async ({ ctx, params }) => await getStandardPolicy(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/agencies/:id/standard-policy',
    summary: 'Ubah kebijakan aturan SKJ instansi (admin instansi)',
    tag: 'SKJ',
    params: agencyParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: standardPolicyBody,
    response: z.object({ effective: standardPolicy }),
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => ({ effective: await setStandardPolicy(ctx, params.id, body) }),
  });
}
