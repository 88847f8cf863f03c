import {
  addPositions,
  assignPositions,
  removePosition,
} from '../../services/manage-drafting-campaign-positions';
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
import type { Router } from '../route';
import { registerDraftingCampaignActivityRoutes, scopeErrors } from './activity-routes';
import {
  addMembersBody,
  addPositionsBody,
  addPositionsResponse,
  assignmentsBody,
  assignmentsResponse,
  createDraftingCampaignBody,
  deletedResponse,
  deletedWithUnassignedResponse,
  draftingCampaignDetail,
  draftingCampaignListResponse,
  draftingCampaignParams,
  draftingCampaignProgress,
  draftingCampaignResponse,
  groupBody,
  groupParams,
  groupResponse,
  listDraftingCampaignsQuery,
  memberParams,
  memberResponse,
  positionParams,
  updateDraftingCampaignBody,
  updateGroupBody,
  updateMemberBody,
} from './schema';

/** Drafting campaigns (kegiatan penyusunan SKJ, the Magelang terms of reference) and the formulation SOP of BKD Jawa Tengah. */
export function registerDraftingCampaignRoutes(router: Router) {
  const tag = 'Kegiatan Penyusunan SKJ';
  const notFoundCode = 'DRAFTING_CAMPAIGN_NOT_FOUND';

  router.route({
    method: 'post',
    path: '/api/drafting-campaigns',
    operationId: 'createDraftingCampaign',
    summary:
      'Buat kegiatan penyusunan SKJ (admin instansi): jadwal mingguan bawaan dan langkah SOP Perumusan Kompetensi BKD Provinsi Jawa Tengah',
    tag,
    body: createDraftingCampaignBody,
    successStatus: 201,
    response: draftingCampaignResponse,
    errors: ['AGENCY_NOT_FOUND', 'INVALID_PERIOD', 'DRAFTING_CAMPAIGN_PERIOD_TOO_LONG'],
    handler: async ({ ctx, body }) => await createDraftingCampaign(ctx, body),
  });
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns',
    operationId: 'listDraftingCampaigns',
    summary: 'Kegiatan penyusunan SKJ yang dapat dilihat (peran nasional: per instansi dengan agencyId)',
    tag,
    query: listDraftingCampaignsQuery,
    response: draftingCampaignListResponse,
    errors: ['AGENCY_NOT_FOUND'],
    handler: async ({ ctx, query }) => await listDraftingCampaigns(ctx, query),
  });
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id',
    operationId: 'getDraftingCampaign',
    summary: 'Satu kegiatan: tim, jadwal, jabatan dalam cakupan dengan penugasan dan status SKJ, langkah SOP',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    response: draftingCampaignDetail,
    handler: async ({ ctx, params }) => await getDraftingCampaign(ctx, params.id),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id',
    operationId: 'updateDraftingCampaign',
    summary: 'Ubah nama atau periode kegiatan (replanPhases: susun ulang jadwal bawaan)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: updateDraftingCampaignBody,
    response: draftingCampaignResponse,
    errors: [
      'INVALID_PERIOD',
      'DRAFTING_CAMPAIGN_PERIOD_TOO_LONG',
      'PHASE_OUTSIDE_PERIOD',
      'DUE_DATE_OUTSIDE_PERIOD',
    ],
    handler: async ({ ctx, params, body }) => await updateDraftingCampaign(ctx, params.id, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id',
    operationId: 'deleteDraftingCampaign',
    summary: 'Hapus kegiatan beserta tim, cakupan, jadwal, wawancara dan SOP-nya (SKJ tetap ada)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    response: deletedResponse,
    handler: async ({ ctx, params }) => await deleteDraftingCampaign(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/drafting-campaigns/:id/progress',
    operationId: 'getDraftingCampaignProgress',
    summary:
      'Kemajuan: jumlah SKJ per status untuk kegiatan, tiap kelompok dan anggota; jabatan terlambat; kisi mingguan',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    response: draftingCampaignProgress,
    handler: async ({ ctx, params }) => await getDraftingCampaignProgress(ctx, params.id),
  });

  // --- Team ---------------------------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/groups',
    operationId: 'createDraftingCampaignGroup',
    summary: 'Tambah Tim Pengarah (steering) atau kelompok Tim Penyusun (drafting)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: groupBody,
    successStatus: 201,
    response: groupResponse,
    handler: async ({ ctx, params, body }) => await createGroup(ctx, params.id, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/groups/:groupId',
    operationId: 'updateDraftingCampaignGroup',
    summary: 'Ubah nama atau jenis kelompok',
    tag,
    params: groupParams,
    notFoundCode,
    body: updateGroupBody,
    response: groupResponse,
    errors: ['DRAFTING_CAMPAIGN_GROUP_NOT_FOUND'],
    handler: async ({ ctx, params, body }) => await updateGroup(ctx, params.id, params.groupId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/groups/:groupId',
    operationId: 'deleteDraftingCampaignGroup',
    summary: 'Hapus kelompok beserta keanggotaannya (jabatan anggotanya menjadi belum ditugaskan)',
    tag,
    params: groupParams,
    notFoundCode,
    response: deletedWithUnassignedResponse,
    errors: ['DRAFTING_CAMPAIGN_GROUP_NOT_FOUND'],
    handler: async ({ ctx, params }) => await deleteGroup(ctx, params.id, params.groupId),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/groups/:groupId/members',
    operationId: 'addDraftingCampaignMembers',
    summary:
      'Tambah anggota kelompok (koordinator/anggota); seorang pengguna hanya di satu kelompok per kegiatan',
    tag,
    params: groupParams,
    notFoundCode,
    body: addMembersBody,
    successStatus: 201,
    response: groupResponse,
    errors: [
      'DRAFTING_CAMPAIGN_GROUP_NOT_FOUND',
      'USER_NOT_FOUND',
      'USER_OF_OTHER_AGENCY',
      'USER_INACTIVE',
      'MEMBER_ALREADY_IN_DRAFTING_CAMPAIGN',
    ],
    handler: async ({ ctx, params, body }) => await addMembers(ctx, params.id, params.groupId, body),
  });
  router.route({
    method: 'patch',
    path: '/api/drafting-campaigns/:id/members/:userId',
    operationId: 'updateDraftingCampaignMember',
    summary: 'Ubah peran anggota atau pindahkan ke kelompok lain',
    tag,
    params: memberParams,
    notFoundCode,
    body: updateMemberBody,
    response: memberResponse,
    errors: ['DRAFTING_CAMPAIGN_MEMBER_NOT_FOUND', 'DRAFTING_CAMPAIGN_GROUP_NOT_FOUND'],
    handler: async ({ ctx, params, body }) => await updateMember(ctx, params.id, params.userId, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/members/:userId',
    operationId: 'removeDraftingCampaignMember',
    summary: 'Keluarkan anggota dari tim (jabatannya menjadi belum ditugaskan)',
    tag,
    params: memberParams,
    notFoundCode,
    response: deletedWithUnassignedResponse,
    errors: ['DRAFTING_CAMPAIGN_MEMBER_NOT_FOUND'],
    handler: async ({ ctx, params }) => await removeMember(ctx, params.id, params.userId),
  });

  // --- Scope and assignment -----------------------------------------------------------------
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/positions',
    operationId: 'addDraftingCampaignPositions',
    summary:
      'Tambah jabatan ke cakupan: daftar id atau semua jabatan suatu unit organisasi (dan sub-unitnya)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: addPositionsBody,
    response: addPositionsResponse,
    errors: [
      'DUE_DATE_OUTSIDE_PERIOD',
      'ORG_UNIT_NOT_FOUND',
      'POSITION_NOT_FOUND',
      'POSITION_OF_OTHER_AGENCY',
    ],
    handler: async ({ ctx, params, body }) => await addPositions(ctx, params.id, body),
  });
  router.route({
    method: 'delete',
    path: '/api/drafting-campaigns/:id/positions/:positionId',
    operationId: 'removeDraftingCampaignPosition',
    summary: 'Keluarkan jabatan dari cakupan',
    tag,
    params: positionParams,
    notFoundCode,
    response: deletedResponse,
    errors: [...scopeErrors],
    handler: async ({ ctx, params }) => await removePosition(ctx, params.id, params.positionId),
  });
  router.route({
    method: 'post',
    path: '/api/drafting-campaigns/:id/assignments',
    operationId: 'assignDraftingCampaignPositions',
    summary:
      'Tugaskan jabatan kepada anggota kelompok penyusun (sekaligus banyak; semua atau tidak sama sekali)',
    tag,
    params: draftingCampaignParams,
    notFoundCode,
    body: assignmentsBody,
    response: assignmentsResponse,
    errors: [
      ...scopeErrors,
      'USER_NOT_FOUND',
      'USER_OF_OTHER_AGENCY',
      'ASSIGNEE_NOT_IN_DRAFTING_GROUP',
      'DUE_DATE_OUTSIDE_PERIOD',
    ],
    handler: async ({ ctx, params, body }) => await assignPositions(ctx, params.id, body),
  });
  registerDraftingCampaignActivityRoutes(router);
}
