import { readMyTasks } from '../../services/read-my-tasks';
import type { Router } from '../route';
import { taskQuery, tasksResponse } from './schema';

export function registerTaskRoutes(router: Router) {
  const { deps } = router;
  router.route({
    method: 'get',
    path: '/api/me/tasks',
    operationId: 'getMyTasks',
    summary: 'Kotak tugas pengguna yang sedang masuk: apa yang menunggu tindakannya',
    description:
      'Bagian yang terisi bergantung pada peran: `drafts` (penyusun dan admin: draf instansi, yang ' +
      'dikembalikan lebih dahulu beserta alasannya, tenggat dari kegiatan penyusunan, dan jabatan yang ' +
      'ditugaskan tetapi belum disusun), `reviews` (verifikator/validator: SKJ yang menunggu langkahnya), ' +
      '`ratifications` (penetap nasional: antrean lintas instansi, disaring dengan `agencyId`, `jobLevel`, ' +
      '`minWaitingDays`), `overview` (admin: jabatan tanpa SKJ, yang terlambat, impor terakhir). ' +
      'Bagian yang tidak berlaku bernilai null. `counts.total` adalah angka pada navigasi.',
    tag: 'Tugas',
    query: taskQuery,
    response: tasksResponse,
    errors: [],
    handler: async ({ ctx, query }) => await readMyTasks(ctx, query, deps.now()),
  });
}
