/** The drafting campaign's working record: its schedule, the interview notes, the SOP steps and their sign-off. */
import { addPhase, deletePhase, updatePhase } from '../../services/manage-drafting-campaign-schedule';
import {
  addSopStep,
  deleteSopStep,
  signOffSopStep,
  updateSopStep,
} from '../../services/manage-drafting-campaign-sop';
import {
  deleteInterview,
  listInterviews,
  recordInterview,
  updateInterview,
} from '../../services/record-drafting-campaign-interview';
import type { Router } from '../route';
import {
  deletedResponse,
  draftingCampaignParams,
  interviewBody,
  interviewListResponse,
  interviewParams,
  interviewResponse,
  interviewsQuery,
  phaseBody,
  phaseParams,
  phaseResponse,
  signOffBody,
  sopStepBody,
  sopStepResponse,
  stepParams,
  updateInterviewBody,
  updatePhaseBody,
  updateSopStepBody,
} from './schema';

/** What naming positions of a drafting campaign may answer: unknown, another agency's, not in its scope. */
export const scopeErrors = [
  'POSITION_NOT_FOUND',
  'POSITION_OF_OTHER_AGENCY',
  'POSITION_NOT_IN_DRAFTING_CAMPAIGN',
];

export function registerDraftingCampaignActivityRoutes(router: Router) {
  const tag = 'Kegiatan Penyusunan SKJ';
  const notFoundCode = 'DRAFTING_CAMPAIGN_NOT_FOUND';

  // --- Schedule -----------------------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/phases',
    operationId: 'addDraftingCampaignPhase',
    summary: 'Tambah tahap jadwal (di dalam periode kegiatan)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: phaseBody,
    successStatus: 201,
    response: phaseResponse,
    errors: ['INVALID_PERIOD', 'PHASE_OUTSIDE_PERIOD'],
    handler: async ({ ctx, params, body }) => await addPhase(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/phases/:phaseId',
    operationId: 'updateDraftingCampaignPhase',
    summary: 'Ubah tahap jadwal',
    tag,
    params: phaseParams,
    notFoundCode,
    body: updatePhaseBody,
    response: phaseResponse,
    errors: ['DRAFTING_CAMPAIGN_PHASE_NOT_FOUND', 'INVALID_PERIOD', 'PHASE_OUTSIDE_PERIOD'],
    handler: async ({ ctx, params, body }) => await updatePhase(ctx, params.id, params.phaseId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/phases/:phaseId',
    operationId: 'deleteDraftingCampaignPhase',
    summary: 'Hapus tahap jadwal',
    tag,
    params: phaseParams,
    notFoundCode,
    response: deletedResponse,
    errors: ['DRAFTING_CAMPAIGN_PHASE_NOT_FOUND'],
    handler: async ({ ctx, params }) => await deletePhase(ctx, params.id, params.phaseId),
  });

  // --- Interviews ---------------------------------------------------------------------------
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id/interviews',
    operationId: 'listDraftingCampaignInterviews',
    summary: 'Catatan wawancara (per jabatan dengan positionId)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    query: interviewsQuery,
    response: interviewListResponse,
    errors: [...scopeErrors],
    handler: async ({ ctx, params, query }) => await listInterviews(ctx, params.id, query),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/interviews',
    operationId: 'recordDraftingCampaignInterview',
    summary: 'Catat wawancara dengan pemegang jabatan, atasan langsung atau pimpinan penentu kebijakan',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: interviewBody,
    successStatus: 201,
    response: interviewResponse,
    errors: [...scopeErrors, 'INTERVIEW_DATE_IN_FUTURE'],
    handler: async ({ ctx, params, body }) => await recordInterview(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/interviews/:interviewId',
    operationId: 'updateDraftingCampaignInterview',
    summary: 'Perbaiki catatan wawancara (narasumber, tanggal, catatan)',
    tag,
    params: interviewParams,
    notFoundCode,
    body: updateInterviewBody,
    response: interviewResponse,
    errors: ['INTERVIEW_NOT_FOUND', ...scopeErrors, 'INTERVIEW_DATE_IN_FUTURE'],
    handler: async ({ ctx, params, body }) => await updateInterview(ctx, params.id, params.interviewId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/interviews/:interviewId',
    operationId: 'deleteDraftingCampaignInterview',
    summary: 'Hapus catatan wawancara',
    tag,
    params: interviewParams,
    notFoundCode,
    response: deletedResponse,
    errors: ['INTERVIEW_NOT_FOUND', ...scopeErrors],
    handler: async ({ ctx, params }) => await deleteInterview(ctx, params.id, params.interviewId),
  });

  // --- SOP (BKD Jawa Tengah) -----------------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/sop-steps',
    operationId: 'addSopStep',
    summary: 'Tambah langkah SOP',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: sopStepBody,
    successStatus: 201,
    response: sopStepResponse,
    handler: async ({ ctx, params, body }) => await addSopStep(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/sop-steps/:stepId',
    operationId: 'updateSopStep',
    summary: 'Ubah langkah SOP yang belum ditandatangani',
    tag,
    params: stepParams,
    notFoundCode,
    body: updateSopStepBody,
    response: sopStepResponse,
    errors: ['SOP_STEP_NOT_FOUND', 'SOP_STEP_ALREADY_SIGNED_OFF'],
    handler: async ({ ctx, params, body }) => await updateSopStep(ctx, params.id, params.stepId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/sop-steps/:stepId',
    operationId: 'deleteSopStep',
    summary: 'Hapus langkah SOP yang belum ditandatangani',
    tag,
    params: stepParams,
    notFoundCode,
    response: deletedResponse,
    errors: ['SOP_STEP_NOT_FOUND', 'SOP_STEP_ALREADY_SIGNED_OFF'],
    handler: async ({ ctx, params }) => await deleteSopStep(ctx, params.id, params.stepId),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/sop-steps/:stepId/sign-off',
    operationId: 'signOffSopStep',
    summary: 'Tandatangani langkah SOP (sekali; oleh pelaksana sesuai peran langkah atau admin instansi)',
    tag,
    params: stepParams,
    notFoundCode,
    body: signOffBody,
    response: sopStepResponse,
    errors: ['SOP_STEP_NOT_FOUND', 'SOP_STEP_ALREADY_SIGNED_OFF'],
    handler: async ({ ctx, params, body }) => await signOffSopStep(ctx, params.id, params.stepId, body),
  });
}
