/** The session: log in and out, who is signed in, and whether the server runs the demo. */
import type { z } from 'zod';
import type { sessionResponse, sessionUserResponse } from '../../../api/auth/schema';
import type { okResponse } from '../../../api/contract';
import type { healthResponse } from '../../../api/health/routes';
import { request, setCsrfToken } from '../../shared/api/request';

/** What login answers: the user, the CSRF token of the session, a pending password change. */
export type Session = z.infer<typeof sessionUserResponse>;
/** What `me` answers: the session with the user's general capabilities. */
export type SessionWithCapabilities = z.infer<typeof sessionResponse>;
export type User = Session['user'];
export type Role = User['role'];
export type Health = z.infer<typeof healthResponse>;

function remember<T extends Session>(session: T): T {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(username: string, password: string): Promise<Session> {
  return remember(
    await request<Session>('/auth/login', { method: 'POST', body: { username, password }, csrf: false }),
  );
}

export async function logout(): Promise<z.infer<typeof okResponse>> {
  try {
    return await request<z.infer<typeof okResponse>>('/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

export async function me(): Promise<SessionWithCapabilities> {
  return remember(await request<SessionWithCapabilities>('/auth/me'));
}

export function health(): Promise<Health> {
  return request<Health>('/health');
}
