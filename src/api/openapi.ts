/**
 * The OpenAPI document is built from the same zod schemas that validate requests: every route
 * registered through `route()` (see route.ts) adds its operation here.
 */
import { z } from 'zod';

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  auth: boolean;
  body?: z.ZodType | undefined;
  /** Multipart form fields (a `file` field is binary); for uploads. */
  multipart?: Record<string, string> | undefined;
  /** Response media type when not JSON (e.g. an .xlsx download). */
  produces?: string | undefined;
  query?: z.ZodType | undefined;
  response?: z.ZodType | undefined;
  successStatus?: number;
  errors?: string[];
}

export class OpenApiRegistry {
  private operations: OperationSpec[] = [];

  add(operation: OperationSpec) {
    this.operations.push(operation);
  }

  list(): readonly OperationSpec[] {
    return this.operations;
  }

  document() {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of this.operations) {
      const openApiPath = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const parameters: unknown[] = [...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      if (op.query) {
        const schema = toJsonSchema(op.query) as {
          properties?: Record<string, unknown>;
          required?: string[];
        };
        for (const [name, propSchema] of Object.entries(schema.properties ?? {})) {
          parameters.push({
            name,
            in: 'query',
            required: schema.required?.includes(name) ?? false,
            schema: propSchema,
          });
        }
      }
      const responses: Record<string, unknown> = {
        [String(op.successStatus ?? 200)]: {
          description: 'Berhasil',
          ...(op.response ? { content: { 'application/json': { schema: toJsonSchema(op.response) } } } : {}),
          ...(op.produces
            ? { content: { [op.produces]: { schema: { type: 'string', format: 'binary' } } } }
            : {}),
        },
      };
      for (const code of op.errors ?? []) {
        responses[code] = { description: 'Galat', content: { 'application/json': { schema: errorSchema } } };
      }
      paths[openApiPath] ??= {};
      paths[openApiPath][op.method] = {
        summary: op.summary,
        tags: [op.tag],
        ...(op.auth ? { security: [{ sessionCookie: [] }] } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(op.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: toJsonSchema(op.body) } },
              },
            }
          : {}),
        ...(op.multipart
          ? {
              requestBody: {
                required: true,
                content: {
                  'multipart/form-data': {
                    schema: {
                      type: 'object',
                      properties: Object.fromEntries(
                        Object.entries(op.multipart).map(([name, description]) => [
                          name,
                          name === 'file'
                            ? { type: 'string', format: 'binary', description }
                            : { type: 'string', description },
                        ]),
                      ),
                      required: ['file'],
                    },
                  },
                },
              },
            }
          : {}),
        responses,
      };
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'SKJ API — Standar Kompetensi Jabatan ASN',
        version: '0.1.0',
        description:
          'API sistem informasi Standar Kompetensi Jabatan ASN (PermenPAN-RB 38/2017). Galat selalu berbentuk ' +
          '{ "error": { "code", "message", "details" } }. Permintaan yang mengubah data dengan sesi cookie wajib ' +
          'mengirim header x-csrf-token.',
      },
      components: {
        securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'skj_session' } },
        schemas: { Error: errorSchema },
      },
      paths,
    };
  }
}

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
};

function toJsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}
