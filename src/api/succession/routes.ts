/** Succession planning: critical positions, successors, the dashboard. */
import { z } from 'zod';
import {
  getPositionSuccession,
  markCritical,
  nominateSuccessor,
  removeSuccessor,
  updateSuccessor,
} from '../../services/manage-succession';
import { successionDashboard } from '../../services/succession-dashboard';
import type { Router } from '../route';
import {
  criticalBody,
  successionDashboard as dashboardSchema,
  nominateBody,
  positionParams,
  positionSuccession,
  successorParams,
  updateSuccessorBody,
} from './schema';

const agencyParams = z.object({ id: z.uuid() });

export function registerSuccessionRoutes(router: Router) {
  const tag = 'Rencana Suksesi';
  router.route({
    method: 'get',
    path: '/api/agencies/:id/succession',
    operationId: 'getSuccessionDashboard',
    summary:
      'Dasbor suksesi: jabatan kritikal dengan suksesor per kesiapan, kekuatan cadangan per unit, jabatan berisiko (lowong atau pemangku pensiun tanpa suksesor siap)',
    tag,
    params: agencyParams,
    query: z.strictObject({ orgUnitId: z.uuid().optional() }),
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: dashboardSchema,
    errors: ['ORG_UNIT_NOT_FOUND'],
    handler: async ({ ctx, params, query }) => successionDashboard(ctx, params.id, query),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id/succession',
    operationId: 'getPositionSuccession',
    summary:
      'Rencana suksesi satu jabatan: kritikal atau tidak, pemangku dan tanggal pensiunnya, suksesor dengan JPM kini',
    tag,
    params: positionParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    response: positionSuccession,
    handler: async ({ ctx, params }) => getPositionSuccession(ctx, params.id),
  });
  router.route({
    method: 'put',
    path: '/api/positions/:id/succession',
    operationId: 'markCriticalPosition',
    summary: 'Tandai (atau lepas) jabatan sebagai jabatan kritikal, dengan alasannya',
    tag,
    params: positionParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: criticalBody,
    response: positionSuccession,
    errors: ['POSITION_RETIRED'],
    handler: async ({ ctx, params, body }) => markCritical(ctx, params.id, body),
  });
  router.route({
    method: 'post',
    path: '/api/positions/:id/successors',
    operationId: 'nominateSuccessor',
    summary: 'Usulkan suksesor (dari peringkat kandidat) dengan kesiapan dan rencana pengembangan',
    tag,
    params: positionParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: nominateBody,
    successStatus: 201,
    response: positionSuccession,
    errors: ['UNKNOWN_NIP', 'SUCCESSOR_IS_HOLDER', 'SUCCESSOR_EXISTS', 'POSITION_RETIRED'],
    handler: async ({ ctx, params, body }) => nominateSuccessor(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/positions/:id/successors/:nip',
    operationId: 'updateSuccessor',
    summary: 'Ubah kesiapan atau rencana pengembangan seorang suksesor',
    tag,
    params: successorParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    body: updateSuccessorBody,
    response: positionSuccession,
    errors: ['SUCCESSOR_NOT_FOUND'],
    handler: async ({ ctx, params, body }) => updateSuccessor(ctx, params.id, params.nip, body),
  });
  router.route({
    method: 'delete',
    path: '/api/positions/:id/successors/:nip',
    operationId: 'removeSuccessor',
    summary: 'Lepas seorang suksesor dari jabatan',
    tag,
    params: successorParams,
    notFoundCode: 'POSITION_NOT_FOUND',
    response: positionSuccession,
    errors: ['SUCCESSOR_NOT_FOUND'],
    handler: async ({ ctx, params }) => removeSuccessor(ctx, params.id, params.nip),
  });
}
