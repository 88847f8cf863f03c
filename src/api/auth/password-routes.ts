import { DomainError } from '../../domain/errors';
import { changeOwnPassword } from '../../services/change-password';
import { hashSessionToken } from '../../services/login';
import { clientIp } from '../middleware';
import type { Router } from '../route';
import { changePasswordBody, passwordChangedResponse } from './schema';

export function registerPasswordRoutes(router: Router) {
  const { deps } = router;
  router.route({
    method: 'post',
    path: '/api/auth/password',
    operationId: 'changeOwnPassword',
    summary:
      'Ganti kata sandi sendiri (kata sandi saat ini wajib); sesi lain pengguna ini berakhir, sesi ini tetap',
    tag: 'Autentikasi',
    body: changePasswordBody,
    response: passwordChangedResponse,
    errors: ['CURRENT_PASSWORD_WRONG', 'PASSWORD_UNCHANGED', 'PASSWORD_TOO_WEAK', 'RATE_LIMITED'],
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
