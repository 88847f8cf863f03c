import {
  listEducationLevels,
  listGovernmentAffairs,
  listJobLevels,
  listProficiencyLevels,
  listRanks,
} from '../../db/repositories/reference-repository';
import type { Router } from '../route';
import {
  educationLevelsResponse,
  governmentAffairsResponse,
  jobLevelsResponse,
  proficiencyLevelsResponse,
  ranksResponse,
} from './schema';

export function registerReferenceRoutes(router: Router) {
  const { db } = router.deps;
  const tag = 'Data Referensi';
  router.route({
    method: 'get',
    path: '/api/reference/job-levels',
    operationId: 'listJobLevels',
    summary: 'Jenjang jabatan dengan level kompetensi manajerial dan sosial kultural yang dipersyaratkan',
    tag,
    auth: false,
    response: jobLevelsResponse,
    handler: async () => ({ items: await listJobLevels(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/proficiency-levels',
    operationId: 'listProficiencyLevels',
    summary: 'Lima tingkat penguasaan kompetensi',
    tag,
    auth: false,
    response: proficiencyLevelsResponse,
    handler: async () => ({ items: await listProficiencyLevels(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/ranks',
    operationId: 'listRanks',
    summary: 'Pangkat dan golongan ruang PNS (I/a..IV/e)',
    tag,
    auth: false,
    response: ranksResponse,
    handler: async () => ({ items: await listRanks(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/education-levels',
    operationId: 'listEducationLevels',
    summary: 'Jenjang pendidikan',
    tag,
    auth: false,
    response: educationLevelsResponse,
    handler: async () => ({ items: await listEducationLevels(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/government-affairs',
    operationId: 'listGovernmentAffairs',
    summary: 'Urusan pemerintahan (UU 23/2014) dan fungsi penunjang',
    tag,
    auth: false,
    response: governmentAffairsResponse,
    handler: async () => ({ items: await listGovernmentAffairs(db) }),
  });
}
