import { z } from 'zod';
import { positionGroups } from '../../domain/reference';
import { createPosition, listPositions, readPosition } from '../../services/manage-positions';
import { defaultPageLimit, maxPageLimit } from '../../services/paging';
import { findSimilarStandards } from '../../services/standard-catalog';
import { pageQuery } from '../paging';
import type { Router } from '../route';
import { text } from '../text';
import { positionListResponse } from './schema';

const createPositionBody = z.strictObject({
  name: text({ min: 3, max: 300 }),
  positionGroup: z.enum(positionGroups as [string, ...string[]]),
  jobLevel: text({ min: 2, max: 40 }),
  orgUnitId: z.uuid().optional(),
  parentPositionId: z.uuid().optional(),
  governmentAffair: text({ max: 200 }).optional(),
  summary: text({ max: 4000, multiline: true }).optional(),
  tasks: z
    .array(text({ min: 1, max: 1000, multiline: true }))
    .max(100)
    .optional(),
  rankMin: text({ max: 40 }).optional(),
  rankMax: text({ max: 40 }).optional(),
});

export function registerPositionRoutes(router: Router) {
  const tag = 'Jabatan';
  router.route({
    method: 'get',
    path: '/api/agencies/:id/positions',
    operationId: 'listPositions',
    summary:
      'Jabatan suatu instansi menurut nama; dengan limit atau cursor per halaman: { items, nextCursor } (tanpa keduanya: semua)',
    tag,
    params: z.object({ id: z.uuid() }),
    query: z.strictObject({
      q: text({ max: 100 }).optional(),
      orgUnitId: z.uuid().optional(),
      jobLevel: text({ max: 40 }).optional(),
      limit: z.coerce.number().int().min(1).max(maxPageLimit).optional(),
      cursor: pageQuery.cursor,
    }),
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: positionListResponse,
    errors: ['INVALID_CURSOR'],
    handler: async ({ ctx, params, query }) => {
      const { limit, cursor, ...filter } = query;
      const paged = limit !== undefined || cursor !== undefined;
      return listPositions(
        ctx,
        params.id,
        filter,
        paged ? { limit: limit ?? defaultPageLimit, cursor } : undefined,
      );
    },
  });
  router.route({
    method: 'post',
    path: '/api/positions',
    summary: 'Tambah jabatan pada instansi sendiri',
    tag,
    body: createPositionBody,
    successStatus: 201,
    errors: ['400', '403'],
    handler: async ({ ctx, body }) => ({
      position: await createPosition(ctx, body as Parameters<typeof createPosition>[1]),
    }),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id',
    summary: 'Satu jabatan',
    tag,
    params: z.object({ id: z.uuid() }),
    notFoundCode: 'POSITION_NOT_FOUND',
    handler: async ({ ctx, params }) => await readPosition(ctx, params.id),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id/similar-standards',
    summary:
      'SKJ yang sudah ditetapkan di instansi lain yang mirip dengan jabatan ini (nama, ikhtisar, kompetensi)',
    tag: 'Katalog SKJ Nasional',
    params: z.object({ id: z.uuid() }),
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
    notFoundCode: 'POSITION_NOT_FOUND',
    handler: async ({ ctx, params, query }) => ({
      items: await findSimilarStandards(ctx, params.id, query.limit),
    }),
  });
}
