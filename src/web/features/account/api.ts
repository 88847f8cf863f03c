/** The session: log in and out, who is signed in, and whether the server runs the demo. */
import type { AgencyRef } from '../../shared/api/reference';
import { request, setCsrfToken } from '../../shared/api/request';

export type Role = 'superadmin' | 'admin' | 'drafter' | 'verifier' | 'validator' | 'ratifier' | 'employee';

export interface User {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agency: AgencyRef | null;
  /** What the server lets this user do in general (`src/policies/capabilities.ts`), from `/auth/me`. */
  capabilities?: Record<string, boolean>;
}

export interface Session {
  user: User;
  csrfToken: string;
  capabilities?: Record<string, boolean>;
}

export interface Health {
  demo?: boolean;
  [key: string]: unknown;
}

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(username: string, password: string): Promise<Session> {
  return remember(
    await request<Session>('/auth/login', { method: 'POST', body: { username, password }, csrf: false }),
  );
}

export async function logout(): Promise<{ ok: true }> {
  try {
    return await request<{ ok: true }>('/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

export async function me(): Promise<Session> {
  return remember(await request<Session>('/auth/me'));
}

export function health(): Promise<Health> {
  return request<Health>('/health');
}
