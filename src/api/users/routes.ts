import { z } from 'zod';
import { roles } from '../../domain/roles';
import { createUser, listUsers } from '../../services/manage-users';
import type { Router } from '../route';
import { secret, text } from '../text';

const createUserBody = z.strictObject({
  username: text({ max: 64 }).regex(
    /^[a-zA-Z0-9._-]{3,64}$/,
    'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung',
  ),
  fullName: text({ min: 2, max: 200 }),
  password: secret({ max: 200 }).min(8, 'Kata sandi minimal 8 karakter'),
  role: z.enum(roles),
  agencyId: z.uuid().optional(),
});

const user = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(roles),
  agencyId: z.uuid().nullable(),
  active: z.boolean(),
});

export function registerUserRoutes(router: Router) {
  const tag = 'Pengguna';
  router.route({
    method: 'get',
    path: '/api/users',
    summary: 'Daftar pengguna (admin: instansinya sendiri; superadmin: semua atau per instansi)',
    tag,
    query: z.strictObject({ agencyId: z.uuid().optional() }),
    response: z.object({ items: z.array(user.extend({ agencyName: z.string().nullable() })) }),
    errors: ['403'],
    handler: async ({ ctx, query }) => ({ items: await listUsers(ctx, query) }),
  });
  router.route({
    method: 'post',
    path: '/api/users',
    summary: 'Tambah pengguna (admin untuk instansinya; superadmin untuk semua peran)',
    tag,
    body: createUserBody,
    response: z.object({ user }),
    successStatus: 201,
    errors: ['400', '403', '404', '409'],
    handler: async ({ ctx, body }) => ({ user: await createUser(ctx, body) }),
  });
}
