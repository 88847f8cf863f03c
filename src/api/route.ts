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
import { validationError } from './errors';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteDefinition<
  B extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
  A extends boolean,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
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
        summary: def.summary,
        tag: def.tag,
        auth: def.auth !== false,
        body: def.body,
        multipart: def.multipart,
        produces: def.produces,
        query: def.query,
        response: def.response,
        successStatus: def.successStatus ?? 200,
        errors: def.errors,
      });
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
        // biome-ignore lint/suspicious/noExplicitAny: the generic handler input is checked at definition
        const result = await def.handler({ c, body, query, params, ctx } as any);
        if (result instanceof Response) return result;
        return c.json(result as object, def.successStatus ?? 200);
      });
    },
  };
}

export const uuidParam = z.uuid();
