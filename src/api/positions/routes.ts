import { z } from 'zod';
import { createPosition, listPositions, readPosition, retirePosition } from '../../services/manage-positions';
import { defaultPageLimit } from '../../services/paging';
import { findSimilarStandards } from '../../services/standard-catalog';
import type { Router } from '../route';
import {
  createPositionBody,
  position,
  positionListQuery,
  positionListResponse,
  positionPermissions,
  retirePositionBody,
  similarStandardsResponse,
} from './schema';

export function registerPositionRoutes(router: Router) {
  const tag = 'Jabatan';
  router.route({
    method: 'get',
    path: '/api/agencies/:id/positions',
    operationId: 'listPositions',
    summary: 'Jabatan suatu instansi menurut nama: cari, saring, dan halaman demi halaman',
    description:
      '`q` mencari pada nama jabatan dan nama unit; `orgUnitId` menyaring unit beserta sub-unitnya; ' +
      '`state`: none (belum ada SKJ), draft, inReview (diajukan/diverifikasi/divalidasi), ratified, ' +
      'retired (jabatan yang sudah dihapus; tanpa `state` jabatan yang dihapus tidak ikut). Dengan ' +
      '`limit` atau `cursor` daftar dibagi per halaman: { items, nextCursor, total } (kirim ' +
      '`nextCursor` sebagai `cursor`); tanpa keduanya semua jabatan yang cocok dikirim sekaligus.',
    tag,
    params: z.object({ id: z.uuid() }),
    query: positionListQuery,
    notFoundCode: 'AGENCY_NOT_FOUND',
    response: positionListResponse,
    errors: ['INVALID_CURSOR'],
    handler: async ({ ctx, params, query }) => {
      const { limit, cursor, ...filter } = query;
      const paged = limit !== undefined || cursor !== undefined;
      return listPositions(
        ctx,
        params.id,
        filter as Parameters<typeof listPositions>[2],
        paged ? { limit: limit ?? defaultPageLimit, cursor } : undefined,
      );
    },
  });
  router.route({
    method: 'post',
    path: '/api/positions',
    operationId: 'createPosition',
    summary: 'Tambah jabatan pada instansi sendiri',
    tag,
    body: createPositionBody,
    response: z.object({ position }),
    successStatus: 201,
    errors: [],
    handler: async ({ ctx, body }) => ({
      position: await createPosition(ctx, body as Parameters<typeof createPosition>[1]),
    }),
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id',
    operationId: 'getPosition',
    summary: 'Satu jabatan',
    tag,
    params: z.object({ id: z.uuid() }),
    notFoundCode: 'POSITION_NOT_FOUND',
    response: z.object({ position, permissions: positionPermissions }),
    handler: async ({ ctx, params }) => await readPosition(ctx, params.id),
  });
  router.route({
    method: 'post',
    path: '/api/positions/:id/retire',
    operationId: 'retirePosition',
    summary:
      'Hapus jabatan dari peta jabatan (dihapus/digabung): keluar dari daftar dan peta, SKJ-nya tetap dapat dibaca',
    description:
      'Hanya admin instansi. Ditolak (POSITION_IN_USE) selama SKJ jabatan itu sedang diproses atau ' +
      'masih ada pegawai yang mendudukinya. Alasan dicatat di jejak audit.',
    tag,
    params: z.object({ id: z.uuid() }),
    notFoundCode: 'POSITION_NOT_FOUND',
    body: retirePositionBody,
    response: z.object({ position, permissions: positionPermissions }),
    errors: ['POSITION_IN_USE', 'POSITION_RETIRED'],
    handler: async ({ ctx, params, body }) => {
      const retired = await retirePosition(ctx, params.id, body.reason);
      return await readPosition(ctx, retired.id);
    },
  });
  router.route({
    method: 'get',
    path: '/api/positions/:id/similar-standards',
    operationId: 'listSimilarStandards',
    summary:
      'SKJ yang sudah ditetapkan di instansi lain yang mirip dengan jabatan ini (nama, ikhtisar, kompetensi)',
    tag: 'Katalog SKJ Nasional',
    params: z.object({ id: z.uuid() }),
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
    notFoundCode: 'POSITION_NOT_FOUND',
    response: similarStandardsResponse,
    handler: async ({ ctx, params, query }) => ({
      items: await findSimilarStandards(ctx, params.id, query.limit),
    }),
  });
}
