import { deleteCookie, setCookie } from 'hono/cookie';
import type { SessionUser } from '../../db/repositories/user-repository';
import { findSessionUser } from '../../db/repositories/user-repository';
import { DomainError } from '../../domain/errors';
import { type Capabilities, capabilities } from '../../policies/capabilities';
import { hashSessionToken, login, logout, sessionLifetimeMs } from '../../services/login';
import { okResponse } from '../contract';
import { clientIp, isHttps, sessionCookieName } from '../middleware';
import type { Router } from '../route';
import { registerPasswordRoutes } from './password-routes';
import { type capabilityNames, loginBody, sessionResponse, sessionUserResponse } from './schema';

// The published capability names and the policy's must be the same set (a new capability is published).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const capabilitiesPublished: Same<keyof Capabilities, (typeof capabilityNames)[number]> = true;
void capabilitiesPublished;

function present(user: SessionUser) {
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      agency: user.agencyId
        ? { id: user.agencyId, code: user.agencyCode, name: user.agencyName, kind: user.agencyKind }
        : null,
    },
    csrfToken: user.csrfToken,
    mustChangePassword: user.mustChangePassword,
  };
}

export function registerAuthRoutes(router: Router) {
  const { deps } = router;
  router.route({
    method: 'post',
    path: '/api/auth/login',
    operationId: 'login',
    summary: 'Masuk dengan nama pengguna dan kata sandi',
    tag: 'Autentikasi',
    auth: false,
    body: loginBody,
    response: sessionUserResponse,
    errors: ['INVALID_CREDENTIALS', 'RATE_LIMITED'],
    handler: async ({ c, body }) => {
      const result = await login(deps.db, { ...body, ip: clientIp(c, deps.trustedProxies), now: deps.now() });
      setCookie(c, sessionCookieName, result.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttps(c, deps),
        path: '/',
        maxAge: Math.floor(sessionLifetimeMs / 1000),
      });
      const user = await findSessionUser(deps.db, hashSessionToken(result.token));
      return present(user!);
    },
  });

  router.route({
    method: 'post',
    path: '/api/auth/logout',
    operationId: 'logout',
    summary: 'Keluar (mengakhiri sesi)',
    tag: 'Autentikasi',
    auth: false,
    response: okResponse,
    handler: async ({ c }) => {
      const token = c.get('sessionToken');
      if (token) await logout(deps.db, token);
      deleteCookie(c, sessionCookieName, { path: '/' });
      return { ok: true };
    },
  });

  router.route({
    method: 'get',
    path: '/api/auth/me',
    operationId: 'getSession',
    summary: 'Pengguna yang sedang masuk, dengan kemampuan umumnya (navigasi dan tombol halaman)',
    tag: 'Autentikasi',
    response: sessionResponse,
    handler: ({ c, ctx }) => {
      const user = c.get('sessionUser');
      if (!user) throw new DomainError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
      return {
        ...present(user),
        capabilities: capabilities(ctx.actor),
        sessionExpiresAt: new Date(user.sessionExpiresAt).toISOString(),
      };
    },
  });
  registerPasswordRoutes(router);
}
