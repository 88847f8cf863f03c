/**
 * The session (log in and out, who is signed in with what they may do), one's own password, the
 * setup of a fresh installation, and what the login page may say about the demo.
 */
import type { Capabilities } from '../../../policies/capabilities';
import type { AgencyRef } from '../../shared/api/reference';
import { request, setCsrfToken } from '../../shared/api/request';

export type Role = 'superadmin' | 'admin' | 'drafter' | 'verifier' | 'validator' | 'ratifier' | 'employee';
export type { Capabilities };

export interface User {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agency: AgencyRef | null;
}

export interface Session {
  user: User;
  csrfToken: string;
  /** The password is temporary: it must be changed before anything else (403 PASSWORD_CHANGE_REQUIRED). */
  mustChangePassword: boolean;
}

/** `GET /api/auth/me`: the session with what the user may do in general (navigation, page buttons). */
export interface SignedIn extends Session {
  capabilities: Capabilities;
}

export interface Health {
  demo: boolean;
  /** Where the demo password is to be found: the data dir's `demo-password`, SKJ_DEMO_PASSWORD, or nowhere. */
  demoPassword: 'file' | 'env' | null;
}

function remember<S extends Session>(session: S): S {
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
export function changePassword(input: {
  currentPassword: string;
  newPassword: string;
}): Promise<{ ok: true; endedSessions: number }> {
  return request('/auth/password', { method: 'POST', body: input });
}

export interface SetupStatus {
  /** No active superadmin exists yet. */
  needed: boolean;
  /** This server printed a setup token on its console at start. */
  tokenIssued: boolean;
}

export function setupStatus(): Promise<SetupStatus> {
  return request<SetupStatus>('/setup');
}

export interface SetupInput {
  token: string;
  username: string;
  fullName: string;
  password: string;
}

/** 403 SETUP_TOKEN_INVALID, 400 PASSWORD_TOO_WEAK (field `password`), 409 SUPERADMIN_EXISTS. */
export function setUp(input: SetupInput): Promise<{ user: { id: string; username: string } }> {
  return request('/setup', { method: 'POST', body: input, csrf: false });
}
