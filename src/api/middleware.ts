/** Request-wide middleware: structured logs, security headers, session, CSRF. */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSessionUser } from '../db/repositories/user-repository';
import { DomainError } from '../domain/errors';
import type { Role } from '../domain/roles';
import { hashSessionToken } from '../services/login';
import type { ApiDeps, AppEnv } from './context';

export const sessionCookieName = 'skj_session';

export type RequestLogger = (line: Record<string, unknown>) => void;

export const stdoutLogger: RequestLogger = (line) => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

/** One JSON line per request. Never the body, the cookie or the query string (may carry secrets). */
export function requestLog(log: RequestLogger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    c.set('requestId', randomUUID());
    await next();
    const actor = c.get('actor');
    log({
      t: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      user: actor?.username ?? null,
      agency: actor?.agencyId ?? null,
    });
  };
}

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
};

export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export function isHttps(c: Context, deps: ApiDeps): boolean {
  if (deps.cookieSecure !== 'auto') return deps.cookieSecure;
  if (deps.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

export function loadSession(deps: ApiDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('sessionUser', null);
    c.set('sessionToken', null);
    const token = getCookie(c, sessionCookieName);
    if (token && token.length <= 200) {
      const user = await findSessionUser(deps.db, hashSessionToken(token));
      if (user) {
        c.set('sessionUser', user);
        c.set('sessionToken', token);
        c.set('actor', {
          userId: user.id,
          username: user.username,
          role: user.role as Role,
          agencyId: user.agencyId,
        });
      }
    }
    await next();
  };
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must carry the session's CSRF token in `x-csrf-token`, and a
 * cross-site Origin is refused for every write (including login, against login CSRF).
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!safeMethods.has(c.req.method)) {
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      const host = c.req.header('host');
      let originHost: string | null = null;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = null;
      }
      if (!host || originHost !== host) {
        throw new DomainError('CSRF_INVALID', 'Permintaan lintas situs ditolak.');
      }
    }
    const user = c.get('sessionUser');
    if (user && c.req.header('x-csrf-token') !== user.csrfToken) {
      throw new DomainError(
        'CSRF_INVALID',
        'Token CSRF tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
      );
    }
  }
  await next();
};
