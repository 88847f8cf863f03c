/** HTTP client of the API as the browser uses it: session cookie, CSRF header. No vitest here, so benchmarks use it too. */

/**
 * The demo accounts' password in the test template (global setup seeds with it). `npm start`
 * makes a random one per data dir; tests and e2e pass this one explicitly to stay deterministic.
 */
export const demoPassword = 'demo12345';

/**
 * fetch for a GET, sent once more when a kept-alive connection was reset under it: the server
 * (in this process for API tests) closes idle connections after its keep-alive timeout, and a
 * request written onto one in that instant fails before any answer. Browsers retry an idempotent
 * request the same way; a write is never retried.
 */
async function fetchIdempotent(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    // undici reports the race as ECONNRESET, or as UND_ERR_SOCKET ("other side closed") when the
    // close arrives before the request was written out.
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'ECONNRESET' && cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    options: { json?: unknown; rawBody?: string; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (options.csrf !== false && this.csrfToken && method !== 'GET')
      headers['x-csrf-token'] = this.csrfToken;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.rawBody !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = options.rawBody;
    }
    const init: RequestInit = { method, headers, body, redirect: 'manual' };
    const response =
      method === 'GET'
        ? await fetchIdempotent(this.baseUrl + path, init)
        : await fetch(this.baseUrl + path, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith('skj_session=')) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value === 'skj_session=' ? null : value;
    }
    const text = await response.text();
    let parsed: unknown = text;
    if (response.headers.get('content-type')?.includes('application/json')) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(
    path: string,
    json?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ) {
    return this.request<T>('POST', path, { json, ...options });
  }

  /** multipart/form-data upload, as the browser's import wizard sends it. */
  async upload<T = any>(path: string, fields: Record<string, string | Blob>, fileName = 'kamus.xlsx') {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, fileName);
    }
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(this.baseUrl + path, { method: 'POST', headers, body: form });
    const text = await response.text();
    const body = response.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text;
    return { status: response.status, headers: response.headers, body: body as T };
  }

  /** Several files under one field (repeated), with plain fields, as a multi-file picker sends them. */
  async uploadFiles<T = any>(
    path: string,
    files: { fileName: string; body: Blob }[],
    fields: Record<string, string> = {},
    field = 'file',
  ) {
    const form = new FormData();
    for (const file of files) form.append(field, file.body, file.fileName);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(this.baseUrl + path, { method: 'POST', headers, body: form });
    const text = await response.text();
    const body = response.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text;
    return { status: response.status, headers: response.headers, body: body as T };
  }

  async download(path: string) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    const response = await fetchIdempotent(this.baseUrl + path, { headers });
    return {
      status: response.status,
      headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  async login(username: string, password = demoPassword) {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  /**
   * The first login of an account made by someone else: log in with the temporary password, then
   * replace it with `newPassword` as the server requires. Answers the login, or the failed change.
   */
  async loginFirstTime(username: string, temporaryPassword: string, newPassword: string) {
    const response = await this.login(username, temporaryPassword);
    if (response.status !== 200 || !response.body.mustChangePassword) return response;
    const changed = await this.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword,
    });
    return changed.status === 200
      ? { ...response, body: { ...response.body, mustChangePassword: false } }
      : changed;
  }
}
