/**
 * Small typed wrapper around the SKJ JSON API. The session lives in an HttpOnly cookie; the CSRF
 * token comes from login and `/auth/me` and is kept here in memory for every non-GET request.
 */

export type Role = 'superadmin' | 'admin' | 'drafter' | 'verifier' | 'validator' | 'ratifier' | 'employee';
export const roles: readonly Role[] = [
  'superadmin',
  'admin',
  'drafter',
  'verifier',
  'validator',
  'ratifier',
  'employee',
];
/** Roles an agency admin may hand out inside their own agency. */
export const rolesAssignableByAdmin: readonly Role[] = [
  'admin',
  'drafter',
  'verifier',
  'validator',
  'employee',
];

export type AgencyKind = 'ministry' | 'province' | 'regency' | 'city';
export const agencyKinds: readonly AgencyKind[] = ['ministry', 'province', 'regency', 'city'];

export type PositionGroup = 'leadership' | 'administrative' | 'functional';

export interface AgencyRef {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
}

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
}

export interface Health {
  demo?: boolean;
  [key: string]: unknown;
}

export interface CompetencyLevel {
  level: number;
  description: string;
  behaviourIndicators: string[];
}

export interface Competency {
  code: string;
  name: string;
  definition: string;
  levels: CompetencyLevel[];
}

export interface Dictionary {
  name: string;
  source: string;
  items: Competency[];
}

export type DictionaryKind = 'managerial' | 'socio-cultural';

export interface JobLevel {
  code: string;
  positionGroup: PositionGroup;
  name: string;
  managerialLevel: number | null;
  socioCulturalLevel: number | null;
  verified: boolean;
}

export interface ProficiencyLevel {
  level: number;
  name: string;
  nameId: string;
}

export interface Agency extends AgencyRef {
  createdAt: string;
}

export interface OrgUnit {
  id: string;
  agencyId: string;
  parentId: string | null;
  code: string | null;
  name: string;
}

export interface UserListItem {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
}

export interface Items<T> {
  items: T[];
}

export interface ValidationIssue {
  path: string;
  message: string;
}

export interface ErrorDetails {
  issues?: ValidationIssue[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get issues(): ValidationIssue[] {
    return Array.isArray(this.details?.issues) ? this.details.issues : [];
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Called when any request except login answers 401 (the session ended): the layout sends the user to /login. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Login is the only non-GET request sent without the CSRF header. */
  csrf?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * One API call. A `FormData` body is sent as multipart/form-data: no content-type header here,
 * the browser adds it with the boundary. Other bodies are sent as JSON.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  const body =
    options.body instanceof FormData
      ? options.body
      : options.body === undefined
        ? undefined
        : JSON.stringify(options.body);
  if (typeof body === 'string') headers['content-type'] = 'application/json';
  if (method !== 'GET' && options.csrf !== false && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Tidak dapat terhubung ke server.');
  }

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }

  if (!response.ok) {
    const error = isRecord(data) && isRecord(data.error) ? data.error : null;
    const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
    const message =
      typeof error?.message === 'string' ? error.message : `Permintaan gagal (HTTP ${response.status}).`;
    const details = isRecord(error?.details) ? (error.details as ErrorDetails) : undefined;
    if (response.status === 401 && options.csrf !== false) {
      csrfToken = null;
      unauthorizedHandler?.();
    }
    throw new ApiError(response.status, code, message, details);
  }
  return data as T;
}

function remember(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

// --- Auth -------------------------------------------------------------------------------------

export async function login(username: string, password: string): Promise<Session> {
  return remember(
    await request<Session>('/auth/login', { method: 'POST', body: { username, password }, csrf: false }),
  );
}

export async function logout(): Promise<{ ok: true }> {
  try {
    return await request<{ ok: true }>('/auth/logout', { method: 'POST' });
  } finally {
    csrfToken = null;
  }
}

export async function me(): Promise<Session> {
  return remember(await request<Session>('/auth/me'));
}

export function health(): Promise<Health> {
  return request<Health>('/health');
}

// --- Reference data ---------------------------------------------------------------------------

export function getDictionary(kind: DictionaryKind): Promise<Dictionary> {
  return request<Dictionary>(`/dictionaries/${kind}`);
}

export function getJobLevels(): Promise<Items<JobLevel>> {
  return request<Items<JobLevel>>('/reference/job-levels');
}

export function getProficiencyLevels(): Promise<Items<ProficiencyLevel>> {
  return request<Items<ProficiencyLevel>>('/reference/proficiency-levels');
}

// --- Administration ---------------------------------------------------------------------------

export function listAgencies(): Promise<Items<Agency>> {
  return request<Items<Agency>>('/agencies');
}

export interface NewAgency {
  code: string;
  name: string;
  kind: AgencyKind;
}

export function createAgency(input: NewAgency): Promise<{ agency: Agency }> {
  return request<{ agency: Agency }>('/agencies', { method: 'POST', body: input });
}

export function listOrgUnits(agencyId: string): Promise<Items<OrgUnit>> {
  return request<Items<OrgUnit>>(`/agencies/${encodeURIComponent(agencyId)}/org-units`);
}

export interface NewOrgUnit {
  name: string;
  code?: string;
  parentId?: string;
}

export function createOrgUnit(agencyId: string, input: NewOrgUnit): Promise<{ orgUnit: OrgUnit }> {
  return request<{ orgUnit: OrgUnit }>(`/agencies/${encodeURIComponent(agencyId)}/org-units`, {
    method: 'POST',
    body: input,
  });
}

export function listUsers(agencyId?: string): Promise<Items<UserListItem>> {
  const query = agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : '';
  return request<Items<UserListItem>>(`/users${query}`);
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  agencyId?: string;
}

export type CreatedUser = Pick<UserListItem, 'id' | 'username' | 'fullName' | 'role'>;

export function createUser(input: NewUser): Promise<{ user: CreatedUser }> {
  return request<{ user: CreatedUser }>('/users', { method: 'POST', body: input });
}
