/**
 * The session (log in and out, who is signed in with what they may do), one's own password, the
 * setup of a fresh installation, and what the login page may say about the demo. Types come from
 * the server's schemas (ADR 0017).
 */
import type { z } from 'zod';
import type {
  changePasswordBody,
  loginBody,
  passwordChangedResponse,
  sessionResponse,
  sessionUserResponse,
} from '../../../api/auth/schema';
import type { okResponse } from '../../../api/contract';
import type { healthResponse } from '../../../api/health/routes';
import type { setupBody, setupResponse, setupStatusResponse } from '../../../api/setup/schema';
import type { Capabilities } from '../../../policies/capabilities';
import { request, setCsrfToken } from '../../shared/api/request';

export type { Capabilities };
/** What login answers: the user, the CSRF token of the session, a pending password change. */
export type Session = z.infer<typeof sessionUserResponse>;
/** `GET /api/auth/me`: the session with what the user may do in general (navigation, page buttons). */
export type SignedIn = z.infer<typeof sessionResponse>;
export type SessionWithCapabilities = SignedIn;
export type User = Session['user'];
export type Role = User['role'];
export type Health = z.infer<typeof healthResponse>;

function remember<S extends Session>(session: S): S {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(username: string, password: string): Promise<Session> {
  return remember(
    await request<Session>('/auth/login', {
      method: 'POST',
      body: { username, password } satisfies z.input<typeof loginBody>,
      csrf: false,
    }),
  );
}

export async function logout(): Promise<z.infer<typeof okResponse>> {
  try {
    return await request<z.infer<typeof okResponse>>('/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

export async function me(): Promise<SignedIn> {
  return remember(await request<SignedIn>('/auth/me'));
}

export function health(): Promise<Health> {
  return request<Health>('/health');
}

/**
 * 400 CURRENT_PASSWORD_WRONG, PASSWORD_UNCHANGED or PASSWORD_TOO_WEAK (the reason in Indonesian on
 * the field `newPassword`); the user's other sessions end, this one stays.
 */
export function changePassword(
  input: z.input<typeof changePasswordBody>,
): Promise<z.infer<typeof passwordChangedResponse>> {
  return request('/auth/password', { method: 'POST', body: input });
}

export type SetupStatus = z.infer<typeof setupStatusResponse>;

export function setupStatus(): Promise<SetupStatus> {
  return request<SetupStatus>('/setup');
}

export type SetupInput = z.input<typeof setupBody>;

/** 403 SETUP_TOKEN_INVALID, 400 PASSWORD_TOO_WEAK (field `password`), 409 SUPERADMIN_EXISTS. */
export function setUp(input: SetupInput): Promise<z.infer<typeof setupResponse>> {
  return request('/setup', { method: 'POST', body: input, csrf: false });
}
