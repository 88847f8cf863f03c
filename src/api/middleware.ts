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

/**
 * The Content-Security-Policy of the web UI: scripts, styles, fonts, connections only from this
 * origin, no inline script. `style-src` stays 'self' because React writes `style={…}` through the
 * CSSOM (element.style), which CSP does not govern; images may be data: URIs (the favicon).
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const permissionsPolicy = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** HSTS only over HTTPS (a browser ignores it over HTTP, and a plain-HTTP install must stay reachable). */
const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export function securityHeaders(deps: ApiDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Permissions-Policy', permissionsPolicy);
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (isHttps(c, deps)) c.header('Strict-Transport-Security', strictTransportSecurity);
    // A page may set its own policy (the API reference allows its one inline style by hash).
    if (
      c.res.headers.get('content-type')?.startsWith('text/html') &&
      !c.res.headers.has('content-security-policy')
    ) {
      c.header('Content-Security-Policy', appContentSecurityPolicy);
    }
  };
}

/**
 * The client address. Without trusted proxies the socket's peer. Behind N proxies, each appending
 * the address it received from to X-Forwarded-For, the client is the N-th entry from the right:
 * everything further left was written by the client itself and is not believed.
 */
export function clientIp(c: Context, trustedProxies: number): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return peer;
  return forwarded[Math.max(0, forwarded.length - trustedProxies)]!;
}

export function isHttps(c: Context, deps: Pick<ApiDeps, 'cookieSecure' | 'trustedProxies'>): boolean {
  if (deps.cookieSecure !== 'auto') return deps.cookieSecure;
  if (deps.trustedProxies > 0) {
    // The proxy nearest to SKJ that saw the client's scheme wrote the entry we trust.
    const protos = (c.req.header('x-forwarded-proto') ?? '').split(',').map((p) => p.trim());
    const proto = protos[Math.max(0, protos.length - deps.trustedProxies)];
    if (proto === 'https') return true;
  }
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

/** Calls a user with a temporary password may still make: see who they are, change it, leave. */
const allowedWhilePasswordChangeRequired = new Set([
  '/api/auth/me',
  '/api/auth/password',
  '/api/auth/logout',
  '/api/auth/login',
  '/api/health',
  '/api/setup',
]);

/** A session whose password must be changed gets 403 PASSWORD_CHANGE_REQUIRED everywhere else. */
export const passwordChangeGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get('sessionUser');
  if (user?.mustChangePassword && !allowedWhilePasswordChangeRequired.has(c.req.path)) {
    throw new DomainError(
      'PASSWORD_CHANGE_REQUIRED',
      'Kata sandi Anda bersifat sementara. Ganti kata sandi terlebih dahulu sebelum melanjutkan.',
    );
  }
  await next();
};

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
