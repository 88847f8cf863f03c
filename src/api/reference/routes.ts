import { z } from 'zod';
import {
  listEducationLevels,
  listGovernmentAffairs,
  listJobLevels,
  listProficiencyLevels,
  listRanks,
} from '../../db/repositories/reference-repository';
import type { Router } from '../route';

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function registerReferenceRoutes(router: Router) {
  const { db } = router.deps;
  const tag = 'Data Referensi';
  router.route({
    method: 'get',
    path: '/api/reference/job-levels',
    summary: 'Jenjang jabatan dengan level kompetensi manajerial dan sosial kultural yang dipersyaratkan',
    tag,
    auth: false,
    response: items(
      z.object({
        code: z.string(),
        positionGroup: z.enum(['leadership', 'administrative', 'functional']),
        name: z.string(),
        managerialLevel: z.number().int().nullable(),
        socioCulturalLevel: z.number().int().nullable(),
      }),
    ),
    handler: async () => ({ items: await listJobLevels(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/proficiency-levels',
    summary: 'Lima tingkat penguasaan kompetensi',
    tag,
    auth: false,
    response: items(z.object({ level: z.number().int(), name: z.string(), nameId: z.string() })),
    handler: async () => ({ items: await listProficiencyLevels(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/ranks',
    summary: 'Pangkat dan golongan ruang PNS (I/a..IV/e)',
    tag,
    auth: false,
    response: items(z.object({ grade: z.string(), code: z.string(), rank: z.string() })),
    handler: async () => ({ items: await listRanks(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/education-levels',
    summary: 'Jenjang pendidikan',
    tag,
    auth: false,
    response: items(z.object({ code: z.string() })),
    handler: async () => ({ items: await listEducationLevels(db) }),
  });
  router.route({
    method: 'get',
    path: '/api/reference/government-affairs',
    summary: 'Urusan pemerintahan (UU 23/2014) dan fungsi penunjang',
    tag,
    auth: false,
    response: items(z.object({ name: z.string(), kind: z.enum(['affair', 'supportingFunction']) })),
    handler: async () => ({ items: await listGovernmentAffairs(db) }),
  });
}
