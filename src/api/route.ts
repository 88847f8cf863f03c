/**
 * One way to declare an endpoint: its method and path, its zod schemas (validated here, and
 * published in the OpenAPI document), whether it needs a session, and a thin handler that calls a
 * service. Handlers return a value (sent as JSON) or a Response.
 */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from '../services/context';
import type { ApiDeps, AppEnv } from './context';
import { statusForCode, validationError } from './errors';
import type { ApiTag } from './tags';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteDefinition<
  B extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
  A extends boolean,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** Unique camelCase name of the operation (a generated client's method name). */
  operationId?: string;
  summary: string;
  /** Longer documentation: semantics of fields, merge rules of a PATCH, side effects. */
  description?: string;
  tag: ApiTag;
  /** Needs a logged-in user (default true). */
  auth?: A;
  body?: B;
  /** Multipart upload fields, documented only: the handler reads the form itself. */
  multipart?: Record<string, string>;
  produces?: string;
  query?: Q;
  /** Path parameters; a mismatch (e.g. not a UUID) is answered with `notFoundCode` (404). */
  params?: P;
  notFoundCode?: string;
  response?: z.ZodType;
  successStatus?: ContentfulStatusCode;
  /**
   * The error codes this route answers besides the automatic ones (see `automaticErrorCodes`),
   * e.g. `['STANDARD_STALE', 'STANDARD_HAS_ERRORS']`; a bare status (`'422'`) documents a status
   * without naming its codes.
   */
  errors?: string[];
  handler: (input: {
    c: Context<AppEnv>;
    body: Infer<B>;
    query: Infer<Q>;
    params: Infer<P>;
    ctx: A extends false ? ServiceContext | null : ServiceContext;
  }) => Promise<unknown> | unknown;
}

export interface Router {
  deps: ApiDeps;
  route<
    B extends z.ZodType | undefined = undefined,
    Q extends z.ZodType | undefined = undefined,
    P extends z.ZodType | undefined = undefined,
    A extends boolean = true,
  >(definition: RouteDefinition<B, Q, P, A>): void;
}

async function readJson(c: Context): Promise<unknown> {
  const contentType = c.req.header('content-type') ?? '';
  if (!contentType.toLowerCase().includes('application/json')) {
    throw new DomainError(
      'INVALID_JSON',
      'Isi permintaan harus berupa JSON (Content-Type: application/json).',
    );
  }
  try {
    return await c.req.json();
  } catch {
    throw new DomainError('INVALID_JSON', 'Isi permintaan bukan JSON yang valid.');
  }
}

export function createRouter(app: Hono<AppEnv>, deps: ApiDeps): Router {
  return {
    deps,
    route(def) {
      deps.registry.add({
        method: def.method,
        path: def.path,
        operationId: def.operationId,
        summary: def.summary,
        description: def.description,
        tag: def.tag,
        auth: def.auth !== false,
        body: def.body,
        multipart: def.multipart,
        produces: def.produces,
        query: def.query,
        response: def.response,
        successStatus: def.successStatus ?? 200,
        errors: declaredErrors(def),
      });
      const allowedErrors = new Set(declaredErrors(def));
      app.on(def.method.toUpperCase(), def.path, async (c) => {
        const actor = c.get('actor');
        if (def.auth !== false && !actor) {
          throw new DomainError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
        }
        let params: unknown;
        if (def.params) {
          const parsed = def.params.safeParse(c.req.param());
          if (!parsed.success) {
            throw new DomainError(def.notFoundCode ?? 'NOT_FOUND', 'Data tidak ditemukan.');
          }
          params = parsed.data;
        }
        let query: unknown;
        if (def.query) {
          const parsed = def.query.safeParse(c.req.query());
          if (!parsed.success) throw validationError(parsed.error, 'parameter');
          query = parsed.data;
        }
        let body: unknown;
        if (def.body) {
          const parsed = def.body.safeParse(await readJson(c));
          if (!parsed.success) throw validationError(parsed.error, 'permintaan');
          body = parsed.data;
        }
        const ctx = actor ? { db: deps.db, actor } : null;
        let result: unknown;
        try {
          // biome-ignore lint/suspicious/noExplicitAny: the generic handler input is checked at definition
          result = await def.handler({ c, body, query, params, ctx } as any);
        } catch (error) {
          if (deps.contractCheck && error instanceof DomainError) checkErrorCode(def, allowedErrors, error);
          throw error;
        }
        if (result instanceof Response) return result;
        if (deps.contractCheck) checkResponse(def, result);
        return c.json(result as object, def.successStatus ?? 200);
      });
    },
  };
}

export const uuidParam = z.uuid();

type AnyRoute = Pick<
  RouteDefinition<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined, boolean>,
  | 'method'
  | 'path'
  | 'auth'
  | 'body'
  | 'query'
  | 'params'
  | 'multipart'
  | 'notFoundCode'
  | 'errors'
  | 'response'
>;

/**
 * Codes every route of its kind may answer without declaring them: the session (401, and 403 while
 * a password change is pending), CSRF on writes, request validation, and the not-found code of its
 * path parameters.
 */
export function automaticErrorCodes(def: AnyRoute): string[] {
  const codes: string[] = [];
  // Any signed-in call may be refused by a policy (FORBIDDEN) or wait for a password change.
  if (def.auth !== false) codes.push('UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN');
  if (def.method !== 'get') codes.push('CSRF_INVALID');
  if (def.body) codes.push('INVALID_JSON', 'VALIDATION_FAILED', 'INVALID_TEXT', 'PAYLOAD_TOO_LARGE');
  if (def.query) codes.push('VALIDATION_FAILED', 'INVALID_TEXT');
  if (def.multipart) codes.push('INVALID_UPLOAD', 'INVALID_TEXT', 'FILE_TOO_LARGE');
  if (def.params) codes.push(def.notFoundCode ?? 'NOT_FOUND');
  return codes;
}

/** Declared and automatic codes, each once, in a stable order. */
export function declaredErrors(def: AnyRoute): string[] {
  return [...new Set([...automaticErrorCodes(def), ...(def.errors ?? [])])];
}

/** A code the route never declared: the published contract is wrong (tests run with the check on). */
function checkErrorCode(def: AnyRoute, allowed: ReadonlySet<string>, error: DomainError) {
  if (allowed.has(error.code) || allowed.has(String(statusForCode(error.code)))) return;
  // Routes that still document bare statuses only are not checked yet (the contract test lists them).
  if ((def.errors ?? []).every((entry) => /^\d{3}$/.test(entry))) return;
  throw new Error(
    `contract: ${def.method.toUpperCase()} ${def.path} answered the undeclared error code ${error.code}`,
  );
}

/** A body that does not match the route's published response schema. */
function checkResponse(def: AnyRoute, result: unknown) {
  if (!def.response) return;
  const parsed = def.response.safeParse(JSON.parse(JSON.stringify(result ?? null)));
  if (parsed.success) return;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new Error(`contract: ${def.method.toUpperCase()} ${def.path} answered outside its schema: ${issues}`);
}
