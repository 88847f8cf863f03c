import { z } from 'zod';
import { logoLimits } from '../../domain/agency-identity';
import { createAgency, getVisibleAgency, listAgencies } from '../../services/manage-agencies';
import {
  getAgencyIdentity,
  readAgencyLogo,
  setAgencyLogo,
  updateAgencyIdentity,
} from '../../services/manage-agency-identity';
import { createOrgUnit, listOrgUnits } from '../../services/manage-org-units';
import { fileBytes, readUploadForm } from '../files';
import type { Router } from '../route';
import {
  agency,
  agencyIdentity,
  agencyIdentityBody,
  agencyIdParams,
  createAgencyBody,
  createOrgUnitBody,
  orgUnit,
} from './schema';

const logoUpload = z.object({ file: z.instanceof(File) });

export function registerAgencyRoutes(router: Router) {
  const tag = 'Instansi';
  router.route({
    method: 'get',
    path: '/api/agencies',
    operationId: 'listAgencies',
    summary: 'Daftar instansi yang dapat dilihat (semua bagi peran nasional, instansi sendiri bagi lainnya)',
    tag,
    response: z.object({ items: z.array(agency) }),
    handler: async ({ ctx }) => ({ items: await listAgencies(ctx) }),
  });
  router.route({
    method: 'post',
    path: '/api/agencies',
    operationId: 'createAgency',
    summary: 'Tambah instansi (superadmin)',
    tag,
    body: createAgencyBody,
    response: z.object({ agency }),
    successStatus: 201,
    errors: ['AGENCY_CODE_EXISTS'],
    handler: async ({ ctx, body }) => ({ agency: await createAgency(ctx, body) }),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id',
    operationId: 'getAgency',
    summary: 'Satu instansi',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: z.object({ agency }),
    handler: async ({ ctx, params }) => ({ agency: await getVisibleAgency(ctx, params.id) }),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/org-units',
    operationId: 'listOrgUnits',
    summary: 'Unit organisasi instansi (daftar datar dengan parentId)',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: z.object({ items: z.array(orgUnit) }),
    handler: async ({ ctx, params }) => ({ items: await listOrgUnits(ctx, params.id) }),
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/org-units',
    operationId: 'createOrgUnit',
    summary: 'Tambah unit organisasi (admin instansi atau superadmin)',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: createOrgUnitBody,
    response: z.object({ orgUnit }),
    successStatus: 201,
    errors: ['ORG_UNIT_CODE_EXISTS'],
    handler: async ({ ctx, params, body }) => ({ orgUnit: await createOrgUnit(ctx, params.id, body) }),
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/identity',
    operationId: 'getAgencyIdentity',
    summary:
      'Identitas instansi untuk dokumen resmi: kop surat, tempat penetapan, kepala instansi, pejabat kepegawaian, logo',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: z.object({ identity: agencyIdentity }),
    handler: async ({ ctx, params }) => ({ identity: await getAgencyIdentity(ctx, params.id) }),
  });
  router.route({
    method: 'put',
    path: '/api/agencies/:id/identity',
    operationId: 'updateAgencyIdentity',
    summary:
      'Ubah identitas instansi (admin instansi atau superadmin; NIP diperiksa, tercatat di jejak audit)',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    body: agencyIdentityBody,
    response: z.object({ identity: agencyIdentity }),
    errors: ['NIP_INVALID'],
    handler: async ({ ctx, params, body }) => ({
      identity: await updateAgencyIdentity(ctx, params.id, body),
    }),
  });
  router.route({
    method: 'post',
    path: '/api/agencies/:id/logo',
    operationId: 'uploadAgencyLogo',
    summary: `Unggah logo instansi: PNG atau SVG tanpa skrip, paling besar ${logoLimits.maxBytes / 1024} KiB (admin instansi atau superadmin)`,
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    multipart: { file: 'berkas PNG atau SVG' },
    response: z.object({ identity: agencyIdentity }),
    errors: ['LOGO_INVALID', 'LOGO_TOO_LARGE'],
    handler: async ({ c, ctx, params }) => {
      const form = await readUploadForm(c, logoUpload, 'Unggah logo sebagai berkas pada kolom "file".');
      return { identity: await setAgencyLogo(ctx, params.id, await fileBytes(form.file)) };
    },
  });
  router.route({
    method: 'get',
    path: '/api/agencies/:id/logo',
    operationId: 'getAgencyLogo',
    summary: 'Logo instansi (PNG atau SVG) untuk pratinjau',
    tag,
    params: agencyIdParams,
    notFoundCode: 'AGENCY_NOT_FOUND',
    produces: 'image/png',
    errors: ['LOGO_NOT_FOUND'],
    handler: async ({ ctx, params }) => {
      const logo = await readAgencyLogo(ctx, params.id);
      return new Response(new Uint8Array(logo.bytes), {
        headers: {
          'content-type': logo.contentType,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          // An SVG opened on its own runs nothing, whatever slipped past the upload check.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        },
      });
    },
  });
}
