import {
  addPositions,
  assignPositions,
  removePosition,
} from '../../services/manage-drafting-campaign-positions';
import { addPhase, deletePhase, updatePhase } from '../../services/manage-drafting-campaign-schedule';
import {
  addSopStep,
  deleteSopStep,
  signOffSopStep,
  updateSopStep,
} from '../../services/manage-drafting-campaign-sop';
import {
  addMembers,
  createGroup,
  deleteGroup,
  removeMember,
  updateGroup,
  updateMember,
} from '../../services/manage-drafting-campaign-team';
import {
  createDraftingCampaign,
  deleteDraftingCampaign,
  getDraftingCampaign,
  listDraftingCampaigns,
  updateDraftingCampaign,
} from '../../services/manage-drafting-campaigns';
import { getDraftingCampaignProgress } from '../../services/read-drafting-campaign-progress';
import {
  deleteInterview,
  listInterviews,
  recordInterview,
  updateInterview,
} from '../../services/record-drafting-campaign-interview';
import type { Router } from '../route';
import {
  addMembersBody,
  addPositionsBody,
  assignmentsBody,
  createDraftingCampaignBody,
  draftingCampaignParams,
  groupBody,
  groupParams,
  interviewBody,
  interviewParams,
  interviewsQuery,
  listDraftingCampaignsQuery,
  memberParams,
  phaseBody,
  phaseParams,
  positionParams,
  signOffBody,
  sopStepBody,
  stepParams,
  updateDraftingCampaignBody,
  updateGroupBody,
  updateInterviewBody,
  updateMemberBody,
  updatePhaseBody,
  updateSopStepBody,
} from './schema';

/** Drafting campaigns (kegiatan penyusunan SKJ, the Magelang terms of reference) and the formulation SOP of BKD Jawa Tengah. */
export function registerDraftingCampaignRoutes(router: Router) {
  const tag = 'Kegiatan Penyusunan SKJ';
  const notFoundCode = 'DRAFTING_CAMPAIGN_NOT_FOUND';

  router.route({
    method: 'post',
    path: '/api/drafting-campaigns',
    summary:
      'Buat kegiatan penyusunan SKJ (admin instansi): jadwal mingguan bawaan dan langkah SOP Perumusan Kompetensi BKD Provinsi Jawa Tengah',
    tag,
    body: createDraftingCampaignBody,
    successStatus: 201,
    errors: ['400', '403', '422'],
    handler: async ({ ctx, body }) => await createDraftingCampaign(ctx, body),
  });
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns',
    summary: 'Kegiatan penyusunan SKJ yang dapat dilihat (peran nasional: per instansi dengan agencyId)',
    tag,
    query: listDraftingCampaignsQuery,
    handler: async ({ ctx, query }) => await listDraftingCampaigns(ctx, query),
  });
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id',
    summary: 'Satu kegiatan: tim, jadwal, jabatan dalam cakupan dengan penugasan dan status SKJ, langkah SOP',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    errors: ['404'],
    handler: async ({ ctx, params }) => await getDraftingCampaign(ctx, params.id),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id',
    summary: 'Ubah nama atau periode kegiatan (replanPhases: susun ulang jadwal bawaan)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: updateDraftingCampaignBody,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await updateDraftingCampaign(ctx, params.id, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id',
    summary: 'Hapus kegiatan beserta tim, cakupan, jadwal, wawancara dan SOP-nya (SKJ tetap ada)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    errors: ['403', '404'],
    handler: async ({ ctx, params }) => await deleteDraftingCampaign(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id/progress',
    summary:
      'Kemajuan: jumlah SKJ per status untuk kegiatan, tiap kelompok dan anggota; jabatan terlambat; kisi mingguan',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    errors: ['404'],
    handler: async ({ ctx, params }) => await getDraftingCampaignProgress(ctx, params.id),
  });

  // --- Team ---------------------------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/groups',
    summary: 'Tambah Tim Pengarah (steering) atau kelompok Tim Penyusun (drafting)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: groupBody,
    successStatus: 201,
    errors: ['400', '403', '404'],
    handler: async ({ ctx, params, body }) => await createGroup(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/groups/:groupId',
    summary: 'Ubah nama atau jenis kelompok',
    tag,
    params: groupParams,
    notFoundCode,
    body: updateGroupBody,
    errors: ['400', '403', '404'],
    handler: async ({ ctx, params, body }) => await updateGroup(ctx, params.id, params.groupId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/groups/:groupId',
    summary: 'Hapus kelompok beserta keanggotaannya (jabatan anggotanya menjadi belum ditugaskan)',
    tag,
    params: groupParams,
    notFoundCode,
    errors: ['403', '404'],
    handler: async ({ ctx, params }) => await deleteGroup(ctx, params.id, params.groupId),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/groups/:groupId/members',
    summary:
      'Tambah anggota kelompok (koordinator/anggota); seorang pengguna hanya di satu kelompok per kegiatan',
    tag,
    params: groupParams,
    notFoundCode,
    body: addMembersBody,
    successStatus: 201,
    errors: ['400', '403', '404', '409', '422'],
    handler: async ({ ctx, params, body }) => await addMembers(ctx, params.id, params.groupId, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/members/:userId',
    summary: 'Ubah peran anggota atau pindahkan ke kelompok lain',
    tag,
    params: memberParams,
    notFoundCode,
    body: updateMemberBody,
    errors: ['400', '403', '404'],
    handler: async ({ ctx, params, body }) => await updateMember(ctx, params.id, params.userId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/members/:userId',
    summary: 'Keluarkan anggota dari tim (jabatannya menjadi belum ditugaskan)',
    tag,
    params: memberParams,
    notFoundCode,
    errors: ['403', '404'],
    handler: async ({ ctx, params }) => await removeMember(ctx, params.id, params.userId),
  });

  // --- Scope and assignment -----------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/positions',
    summary:
      'Tambah jabatan ke cakupan: daftar id atau semua jabatan suatu unit organisasi (dan sub-unitnya)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: addPositionsBody,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await addPositions(ctx, params.id, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/positions/:positionId',
    summary: 'Keluarkan jabatan dari cakupan',
    tag,
    params: positionParams,
    notFoundCode,
    errors: ['403', '404', '422'],
    handler: async ({ ctx, params }) => await removePosition(ctx, params.id, params.positionId),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/assignments',
    summary:
      'Tugaskan jabatan kepada anggota kelompok penyusun (sekaligus banyak; semua atau tidak sama sekali)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: assignmentsBody,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await assignPositions(ctx, params.id, body),
  });

  // --- Schedule -----------------------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/phases',
    summary: 'Tambah tahap jadwal (di dalam periode kegiatan)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: phaseBody,
    successStatus: 201,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await addPhase(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/phases/:phaseId',
    summary: 'Ubah tahap jadwal',
    tag,
    params: phaseParams,
    notFoundCode,
    body: updatePhaseBody,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await updatePhase(ctx, params.id, params.phaseId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/phases/:phaseId',
    summary: 'Hapus tahap jadwal',
    tag,
    params: phaseParams,
    notFoundCode,
    errors: ['403', '404'],
    handler: async ({ ctx, params }) => await deletePhase(ctx, params.id, params.phaseId),
  });

  // --- Interviews ---------------------------------------------------------------------------
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id/interviews',
    summary: 'Catatan wawancara (per jabatan dengan positionId)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    query: interviewsQuery,
    errors: ['400', '404', '422'],
    handler: async ({ ctx, params, query }) => await listInterviews(ctx, params.id, query),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/interviews',
    summary: 'Catat wawancara dengan pemegang jabatan, atasan langsung atau pimpinan penentu kebijakan',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: interviewBody,
    successStatus: 201,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await recordInterview(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/interviews/:interviewId',
    summary: 'Perbaiki catatan wawancara (narasumber, tanggal, catatan)',
    tag,
    params: interviewParams,
    notFoundCode,
    body: updateInterviewBody,
    errors: ['400', '403', '404', '422'],
    handler: async ({ ctx, params, body }) => await updateInterview(ctx, params.id, params.interviewId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/interviews/:interviewId',
    summary: 'Hapus catatan wawancara',
    tag,
    params: interviewParams,
    notFoundCode,
    errors: ['403', '404'],
    handler: async ({ ctx, params }) => await deleteInterview(ctx, params.id, params.interviewId),
  });

  // --- SOP (BKD Jawa Tengah) -----------------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/sop-steps',
    summary: 'Tambah langkah SOP',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: sopStepBody,
    successStatus: 201,
    errors: ['400', '403', '404'],
    handler: async ({ ctx, params, body }) => await addSopStep(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/sop-steps/:stepId',
    summary: 'Ubah langkah SOP yang belum ditandatangani',
    tag,
    params: stepParams,
    notFoundCode,
    body: updateSopStepBody,
    errors: ['400', '403', '404', '409'],
    handler: async ({ ctx, params, body }) => await updateSopStep(ctx, params.id, params.stepId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/sop-steps/:stepId',
    summary: 'Hapus langkah SOP yang belum ditandatangani',
    tag,
    params: stepParams,
    notFoundCode,
    errors: ['403', '404', '409'],
    handler: async ({ ctx, params }) => await deleteSopStep(ctx, params.id, params.stepId),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/sop-steps/:stepId/sign-off',
    summary: 'Tandatangani langkah SOP (sekali; oleh pelaksana sesuai peran langkah atau admin instansi)',
    tag,
    params: stepParams,
    notFoundCode,
    body: signOffBody,
    errors: ['400', '403', '404', '409'],
    handler: async ({ ctx, params, body }) => await signOffSopStep(ctx, params.id, params.stepId, body),
  });
}
