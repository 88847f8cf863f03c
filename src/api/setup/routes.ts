/**
 * The setup page of a fresh installation: unauthenticated, open only while no active superadmin
 * exists, and guarded by the one-time token printed on the server console at start.
 */
import { z } from 'zod';
import { setupFirstSuperadmin, setupStatus } from '../../services/bootstrap-superadmin';
import type { Router } from '../route';

const setupBody = z.strictObject({
  token: z.string().min(1).max(200),
  username: z
    .string()
    .trim()
    .regex(
      /^[a-zA-Z0-9._-]{3,64}$/,
      'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung',
    ),
  fullName: z.string().trim().min(2).max(200),
  password: z.string().min(1).max(400),
});

export function registerSetupRoutes(router: Router) {
  const { deps } = router;
  const tag = 'Penyiapan';
  router.route({
    method: 'get',
    path: '/api/setup',
    summary:
      'Apakah instalasi ini perlu disiapkan (belum ada superadmin aktif); token penyiapan tercetak di konsol server',
    tag,
    auth: false,
    response: z.object({ needed: z.boolean(), tokenIssued: z.boolean() }),
    handler: () => setupStatus(deps.db, deps.setupToken),
  });
  router.route({
    method: 'post',
    path: '/api/setup',
    summary: 'Buat superadmin pertama dengan token penyiapan sekali pakai dari konsol server',
    tag,
    auth: false,
    body: setupBody,
    response: z.object({
      user: z.object({
        id: z.uuid(),
        username: z.string(),
        fullName: z.string(),
        role: z.literal('superadmin'),
      }),
    }),
    successStatus: 201,
    errors: ['400', '403', '409'],
    handler: async ({ body }) => {
      const user = await setupFirstSuperadmin(deps.db, deps.setupToken, body);
      return {
        user: { id: user.id, username: user.username, fullName: user.fullName, role: 'superadmin' as const },
      };
    },
  });
}
