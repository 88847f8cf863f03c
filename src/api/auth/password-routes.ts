import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { changeOwnPassword } from '../../services/change-password';
import { hashSessionToken } from '../../services/login';
import { clientIp } from '../middleware';
import type { Router } from '../route';
import { changePasswordBody } from './schema';

export function registerPasswordRoutes(router: Router) {
  const { deps } = router;
  router.route({
    method: 'post',
    path: '/api/auth/password',
    summary:
      'Ganti kata sandi sendiri (kata sandi saat ini wajib); sesi lain pengguna ini berakhir, sesi ini tetap',
    tag: 'Autentikasi',
    body: changePasswordBody,
    response: z.object({ ok: z.literal(true), endedSessions: z.number().int() }),
    errors: ['400', '401', '429'],
    handler: async ({ c, ctx, body }) => {
      const token = c.get('sessionToken');
      if (!token) throw new DomainError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
      const { endedSessions } = await changeOwnPassword(ctx, {
        ...body,
        sessionId: hashSessionToken(token),
        ip: clientIp(c, deps.trustedProxies),
        now: deps.now(),
      });
      return { ok: true as const, endedSessions };
    },
  });
}
