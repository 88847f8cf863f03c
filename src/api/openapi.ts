/**
 * The OpenAPI document is built from the same zod schemas that validate requests: every route
 * registered through `route()` (see route.ts) adds its operation here, with its response schema,
 * its error codes grouped by status, its security and its tag.
 */
import { z } from 'zod';
import { statusForCode } from './errors';
import { apiTags } from './tags';

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId?: string | undefined;
  summary: string;
  description?: string | undefined;
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
  /** Error codes (or bare statuses) the operation answers, automatic ones included. */
  errors?: string[];
}

const statusDescriptions: Record<string, string> = {
  '400': 'Permintaan tidak valid',
  '401': 'Belum masuk atau sesi berakhir',
  '403': 'Tidak berwenang',
  '404': 'Tidak ditemukan',
  '409': 'Bentrok dengan keadaan data saat ini',
  '410': 'Sudah tidak tersedia',
  '413': 'Isi permintaan terlalu besar',
  '422': 'Aturan domain dilanggar',
  '429': 'Terlalu banyak permintaan',
  '503': 'Layanan belum siap',
};

/** `GET /api/job-standards/:id/findings` → `getJobStandardsIdFindings` (until routes name themselves). */
export function derivedOperationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.\-_:]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return method + words.join('');
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
    const usedTags = new Set<string>();
    const shared: Record<string, unknown> = {};
    for (const op of this.operations) {
      usedTags.add(op.tag);
      const openApiPath = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
      paths[openApiPath] ??= {};
      paths[openApiPath][op.method] = hoistDefinitions(operationObject(op), shared);
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'SKJ API — Standar Kompetensi Jabatan ASN',
        version: '0.1.0',
        summary: 'Sistem informasi Standar Kompetensi Jabatan ASN (PermenPAN-RB 38/2017).',
        description:
          'API sistem informasi Standar Kompetensi Jabatan ASN (PermenPAN-RB 38/2017). Kunci JSON memakai camelCase; ' +
          'waktu memakai ISO 8601 dengan zona (`2026-12-07T01:52:20.685Z`), tanggal `YYYY-MM-DD`; daftar berbentuk ' +
          '`{ items, nextCursor }` (kirim `nextCursor` sebagai `cursor` untuk halaman berikutnya; null di halaman ' +
          'terakhir). Galat selalu berbentuk `{ "error": { "code", "message", "details" } }` dengan `code` yang stabil ' +
          'dan `message` berbahasa Indonesia; kode yang dapat dijawab tiap operasi tercantum per status. Sesi memakai ' +
          'cookie `skj_session` dari `POST /api/auth/login`; permintaan yang mengubah data wajib mengirim header ' +
          '`x-csrf-token` (dari login atau `GET /api/auth/me`). Setiap rekaman yang dibaca membawa `permissions`: ' +
          'apa yang boleh dilakukan pembaca atasnya.',
        contact: { name: 'Pengelola SKJ' },
        license: { name: 'Hak penggunaan diatur oleh instansi pengelola', identifier: 'LicenseRef-SKJ' },
      },
      servers: [{ url: '/', description: 'Server ini (alamat yang sama dengan antarmuka web)' }],
      tags: Object.entries(apiTags)
        .filter(([name]) => usedTags.has(name))
        .map(([name, description]) => ({ name, description })),
      security: [],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'skj_session',
            description: 'Sesi dari POST /api/auth/login (HttpOnly, SameSite=Lax).',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description:
              'Token CSRF sesi (dari login atau GET /api/auth/me), wajib pada permintaan yang mengubah data.',
          },
        },
        // Only operations that document a bare status refer to the generic error (see operationObject);
        // recursive schemas (the position map's tree) are published once here.
        schemas: {
          ...(this.operations.some((op) => (op.errors ?? []).some(isBareStatus))
            ? { Error: errorSchema() }
            : {}),
          ...shared,
        },
      },
      paths,
    };
  }
}

const isBareStatus = (entry: string) => /^\d{3}$/.test(entry);

function operationObject(op: OperationSpec) {
  const parameters: unknown[] = [...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (op.query) {
    const schema = toJsonSchema(op.query) as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, propSchema] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = propSchema as { description?: string };
      parameters.push({
        name,
        in: 'query',
        required: schema.required?.includes(name) ?? false,
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  const success: Record<string, unknown> = { description: 'Berhasil' };
  if (op.produces) success.content = { [op.produces]: { schema: { type: 'string', format: 'binary' } } };
  else if (op.response)
    success.content = { 'application/json': { schema: toJsonSchema(op.response, 'output') } };
  const responses: Record<string, unknown> = { [String(op.successStatus ?? 200)]: success };
  for (const [status, codes] of errorsByStatus(op.errors ?? [])) {
    const named = codes.length > 0;
    responses[status] = {
      description: `${statusDescriptions[status] ?? 'Galat'}${named ? `: ${codes.join(', ')}` : ''}`,
      content: {
        'application/json': { schema: named ? errorSchema(codes) : { $ref: '#/components/schemas/Error' } },
      },
    };
  }
  return {
    operationId: op.operationId ?? derivedOperationId(op.method, op.path),
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    security: op.auth
      ? [op.method === 'get' ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] }]
      : [],
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

/** Codes grouped under their HTTP status; a bare status (`'422'`) adds the status without codes. */
function errorsByStatus(errors: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const entry of errors) {
    const status = /^\d{3}$/.test(entry) ? entry : String(statusForCode(entry));
    const codes = groups.get(status) ?? [];
    if (!/^\d{3}$/.test(entry) && !codes.includes(entry)) codes.push(entry);
    groups.set(status, codes);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function errorSchema(codes?: readonly string[]) {
  return {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: codes ? { type: 'string', enum: [...codes] } : { type: 'string' },
          message: { type: 'string', description: 'Pesan untuk orang, berbahasa Indonesia.' },
          details: { description: 'Rincian menurut kode (misalnya daftar isian yang salah).' },
        },
        required: ['code', 'message'],
      },
    },
    required: ['error'],
  };
}

/**
 * Schemas named with `.meta({ id })` (the recursive ones: a tree's node refers to itself) come out
 * of zod as `$defs` of each operation's schema with `#/$defs/<id>` references; in the OpenAPI
 * document they live once under `components.schemas`.
 */
function hoistDefinitions<T>(operation: T, shared: Record<string, unknown>): T {
  const move = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(move);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$defs') {
        for (const [name, definition] of Object.entries(value as Record<string, unknown>))
          shared[name] = move(definition);
      } else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
        out[key] = `#/components/schemas/${value.slice('#/$defs/'.length)}`;
      } else out[key] = move(value);
    }
    return out;
  };
  return move(operation) as T;
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}
