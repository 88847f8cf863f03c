/**
 * Small typed wrapper around the SKJ JSON API. The session lives in an HttpOnly cookie; the CSRF
 * token comes from login and `/auth/me` (`features/account/api.ts`) and is kept here in memory for
 * every non-GET request. Each feature's `api.ts` builds on `request`.
 */

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

/** Kept from the login and `/auth/me` answers; null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
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

/** The server's validation messages for one field (`path`) of a failed request; none for other errors. */
export function messagesFor(error: unknown, path: string): string[] {
  const issues = error instanceof ApiError ? error.issues : [];
  return issues.filter((issue) => issue.path === path).map((issue) => issue.message);
}
