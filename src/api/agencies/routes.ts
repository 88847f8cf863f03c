import { z } from 'zod';
import { createAgency, getVisibleAgency, listAgencies } from '../../services/manage-agencies';
import { createOrgUnit, listOrgUnits } from '../../services/manage-org-units';
import type { Router } from '../route';
import { agency, agencyIdParams, createAgencyBody, createOrgUnitBody, orgUnit } from './schema';

export function registerAgencyRoutes(router: Router) {
  const tag = 'Instansi';
  router.route({
    method: 'get',
    path: '/api/agencies',
    summary: 'Daftar instansi yang dapat dilihat (semua bagi peran nasional, instansi sendiri bagi lainnya)',
    tag,
    response: z.object({ items: z.array(agency) }),
    handler: async ({ ctx }) => ({ items: await listAgencies(ctx) }),
  });
  router.route({
    method: 'post',
    path: '/api/agencies',
    summary: 'Tambah instansi (superadmin)',
    tag,
    body: createAgencyBody,
    response: z.object({ agency }),
    successStatus: 201,
    errors: ['400', '403', '409'],
    handler: async ({ ctx, body }) => ({ agency: await createAgency(ctx, body) }),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id',
    summary: 'Satu instansi',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: z.object({ agency }),
    errors: ['404'],
    handler: async ({ ctx, params }) => ({ agency: await getVisibleAgency(ctx, params.id) }),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/org-units',
    summary: 'Unit organisasi instansi (daftar datar dengan parentId)',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: z.object({ items: z.array(orgUnit) }),
    errors: ['404'],
    handler: async ({ ctx, params }) => ({ items: await listOrgUnits(ctx, params.id) }),
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/org-units',
    summary: 'Tambah unit organisasi (admin instansi atau superadmin)',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: createOrgUnitBody,
    response: z.object({ orgUnit }),
    successStatus: 201,
    errors: ['400', '403', '404', '409'],
    handler: async ({ ctx, params, body }) => ({ orgUnit: await createOrgUnit(ctx, params.id, body) }),
  });
}
