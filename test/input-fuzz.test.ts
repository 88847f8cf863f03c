/**
 * Junk in every text field of every JSON write route, read from the published OpenAPI document:
 * no input may produce a 500, and every hidden control character is a 400 INVALID_TEXT naming the
 * field in words. Path parameters are real ids of this file's data, so requests reach validation.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError } from '../src/api/errors';
import { fieldLabel } from '../src/api/field-labels';
import { entryFixture } from './support/factories';
import { buildBody, isTextSchema, type JsonSchema, type TextSlot, withValue } from './support/fuzz-bodies';
import { type ApiClient, type ApiResponse, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let clients: Record<'admin' | 'drafter' | 'superadmin', ApiClient>;
const ids: Record<string, string> = {};

interface Operation {
  method: string;
  path: string;
  auth: boolean;
  body?: JsonSchema;
  query: { name: string; schema: JsonSchema }[];
}

let operations: Operation[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // Log in first: the login route is fuzzed too, and failed logins are throttled.
  clients = {
    admin: await server.as('admin'),
    drafter: await server.as('drafter'),
    superadmin: await server.as('superadmin'),
  };
  const { admin, drafter } = clients;
  const agencies = (await admin.get('/api/agencies')).body.items;
  ids.agency = agencies.find((a: { code: string }) => a.code === 'KOTA-CONTOH').id;
  ids.orgUnit = (await admin.get(`/api/agencies/${ids.agency}/org-units`)).body.items[0].id;
  const positions = (await admin.get(`/api/agencies/${ids.agency}/positions`)).body.items;
  ids.position = positions[0].id;
  ids.otherPosition = positions[1].id;

  const dictionary = await drafter.post('/api/technical-dictionaries', {
    code: 'KAMUS-FUZZ',
    name: 'Kamus Kompetensi Teknis Uji Masukan',
  });
  ids.dictionary = dictionary.body.dictionaryId;
  ids.version = dictionary.body.versionId;
  const entry = await drafter.post(`/api/dictionary-versions/${ids.version}/entries`, entryFixture());
  ids.entry = entry.body.entry.id;
  ids.standard = (await drafter.post('/api/job-standards', { positionId: ids.position })).body.id;

  const campaign = await admin.post('/api/drafting-campaigns', {
    name: 'Penyusunan SKJ Uji Masukan',
    startsOn: '2026-03-02',
    endsOn: '2026-05-29',
  });
  ids.campaign = campaign.body.draftingCampaign?.id ?? campaign.body.id;
  const group = await admin.post(`/api/drafting-campaigns/${ids.campaign}/groups`, {
    name: 'Kelompok Uji',
    kind: 'drafting',
  });
  ids.group = group.body.id ?? group.body.group?.id;
  const me = (await drafter.get('/api/auth/me')).body.user;
  ids.user = me.id;
  await admin.post(`/api/drafting-campaigns/${ids.campaign}/groups/${ids.group}/members`, {
    members: [{ userId: ids.user, role: 'member' }],
  });
  await admin.post(`/api/drafting-campaigns/${ids.campaign}/positions`, { positionIds: [ids.position] });
  const interview = await admin.post(`/api/drafting-campaigns/${ids.campaign}/interviews`, {
    positionId: ids.position,
    intervieweeRole: 'holder',
    intervieweeName: 'Narasumber Uji',
    heldOn: '2026-03-10',
    notes: 'Catatan wawancara uji.',
  });
  ids.interview = interview.body.id ?? interview.body.interview?.id;
  const detail = (await admin.get(`/api/drafting-campaigns/${ids.campaign}`)).body;
  ids.phase = detail.phases[0].id;
  ids.sopStep = detail.sopSteps[0].id;
  for (const [name, value] of Object.entries(ids)) expect(value, name).toEqual(expect.any(String));

  const document = (await admin.get('/api/openapi.json')).body;
  interface PublishedOperation {
    security?: unknown;
    requestBody?: { content?: Record<string, { schema: JsonSchema }> };
    parameters?: { in: string; name: string; schema: JsonSchema }[];
  }
  operations = Object.entries(document.paths as Record<string, Record<string, PublishedOperation>>).flatMap(
    ([path, byMethod]) =>
      Object.entries(byMethod).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        auth: Boolean(op.security),
        body: op.requestBody?.content?.['application/json']?.schema,
        query: (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema })),
      })),
  );
}, 120_000);
afterAll(() => server?.close());

/** A real id for a path parameter, chosen by the resource the path names. */
function pathFor(template: string): string {
  const resource = template.split('/')[2];
  const byParam: Record<string, string> = {
    entryId: ids.entry!,
    groupId: ids.group!,
    userId: ids.user!,
    positionId: ids.position!,
    phaseId: ids.phase!,
    interviewId: ids.interview!,
    nip: '199001012015011001',
    step: 'workshop',
    version: '1',
  };
  const byResource: Record<string, string> = {
    agencies: ids.agency!,
    positions: ids.position!,
    'org-units': ids.orgUnit!,
    'job-standards': ids.standard!,
    catalog: ids.standard!,
    'technical-dictionaries': ids.dictionary!,
    'dictionary-versions': ids.version!,
    'drafting-campaigns': ids.campaign!,
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'stepId') return ids.sopStep!;
    if (name !== 'id') return byParam[name] ?? randomUUID();
    return byResource[resource!] ?? randomUUID();
  });
}

function idFor(property: string): string {
  if (property === 'positionId') return ids.otherPosition!;
  if (property === 'userId') return ids.user!;
  if (property === 'orgUnitId') return ids.orgUnit!;
  if (property === 'groupId') return ids.group!;
  if (property === 'agencyId') return ids.agency!;
  return randomUUID();
}

/** The property that holds the slot's property (as the message's label lookup sees it). */
function parentOf(slot: TextSlot): string | undefined {
  const at = slot.path.lastIndexOf(slot.key);
  const before = slot.path.slice(0, at === -1 ? slot.path.length : at).filter((s) => typeof s === 'string');
  return before[before.length - 1] as string | undefined;
}

function clientFor(op: Operation): ApiClient {
  if (!op.auth) return server.client();
  return op.path === '/api/agencies' || op.path === '/api/users' ? clients.superadmin : clients.admin;
}

const junk: { name: string; value: string; secretToo: boolean }[] = [
  { name: 'NUL', value: '\u0000', secretToo: true },
  { name: 'SOH', value: '\u0001', secretToo: false },
  { name: 'BEL', value: '\u0007', secretToo: false },
  { name: 'ESC', value: '\u001b', secretToo: false },
  { name: 'DEL', value: '\u007f', secretToo: false },
  { name: 'RLO U+202E', value: '\u202e', secretToo: false },
  { name: 'LRI U+2066', value: '\u2066', secretToo: false },
  { name: 'lone surrogate', value: '\ud800', secretToo: false },
];

const stats = {
  routes: 0,
  queryRoutes: 0,
  requests: 0,
  invalidText: 0,
  beforeValidation: [] as string[],
  byStatus: new Map<number, number>(),
  byCode: new Map<string, number>(),
  fiveHundreds: [] as string[],
};

function record(what: string, response: ApiResponse): ApiResponse {
  stats.requests++;
  stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1);
  const code = response.body?.error?.code ?? 'OK';
  stats.byCode.set(code, (stats.byCode.get(code) ?? 0) + 1);
  if (response.status >= 500)
    stats.fiveHundreds.push(`${what} → ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/** A junk text must be refused by validation (INVALID_TEXT), or by something before it (counted). */
function expectRefusedText(what: string, response: ApiResponse, fieldKey: string, parent?: string) {
  if ([401, 403, 404, 413, 429].includes(response.status)) {
    stats.beforeValidation.push(`${what} → ${response.status} ${response.body?.error?.code}`);
    return;
  }
  expect({ what, status: response.status, code: response.body?.error?.code }).toEqual({
    what,
    status: 400,
    code: 'INVALID_TEXT',
  });
  stats.invalidText++;
  const message: string = response.body.error.message;
  // Named in words: the field's label, never its property name or a dotted path.
  const label = fieldLabel(fieldKey, parent);
  expect(label, `${what}: no label for ${fieldKey}`).toEqual(expect.any(String));
  expect(message, what).toContain(label);
  if (/[A-Z]/.test(fieldKey)) expect(message, what).not.toContain(fieldKey);
  expect(message, what).not.toMatch(/[a-z]+\.\d+\.[a-z]+/i);
}

// Thousands of requests per test: minutes, not the default 30 s, when the machine is busy.
describe('input fuzzing from the OpenAPI document', { timeout: 180_000 }, () => {
  it('every text field of every JSON write route refuses junk with 400 INVALID_TEXT, and nothing is a 500', async () => {
    const writes = operations.filter((op) => op.body && ['POST', 'PUT', 'PATCH'].includes(op.method));
    // Login last: its failures are throttled per name and address.
    writes.sort((a, b) => Number(!a.auth) - Number(!b.auth));
    expect(writes.length).toBeGreaterThanOrEqual(35);
    for (const op of writes) {
      stats.routes++;
      const client = clientFor(op);
      const path = pathFor(op.path);
      const send = (what: string, json: unknown) =>
        client.request(op.method, path, { json }).then((r) => record(`${op.method} ${op.path} ${what}`, r));
      const built = buildBody(op.body!, idFor);
      if (op.path === '/api/auth/login') (built.body as Record<string, string>).username = 'bukan.pengguna';

      for (const slot of built.texts) {
        const isSecret = ['password', 'currentPassword', 'newPassword', 'token'].includes(slot.key);
        for (const item of junk) {
          const value = `ab${item.value}cd`;
          const body = withValue(built.body, slot.path, value, slot.isKey);
          const what = `${slot.path.join('.')}${slot.isKey ? ' (key)' : ''} ${item.name}`;
          const response = await send(what, body);
          if (!isSecret || item.secretToo) {
            expectRefusedText(`${op.method} ${op.path} ${what}`, response, slot.key, parentOf(slot));
          }
        }
        if (!slot.isKey) {
          const long = await send(
            `${slot.path.join('.')} long`,
            withValue(built.body, slot.path, 'x'.repeat(100_000)),
          );
          expect(long.status, `${op.path} ${slot.path.join('.')} long`).toBe(400);
        }
      }
      for (const field of built.fields) {
        await send(`${field.join('.')} null`, withValue(built.body, field, null));
      }
      for (const [name, value] of [
        ['array', []],
        ['number', 42],
        ['null', null],
        ['string', 'teks'],
        ['nested nulls', { a: { b: [null, { c: null }] } }],
      ] as const) {
        const response = await send(`top-level ${name}`, value);
        expect(response.status, `${op.path} top-level ${name}`).toBe(400);
      }
      const broken = await client
        .request(op.method, path, { rawBody: '{"a": "\u0000' })
        .then((r) => record(`${op.method} ${op.path} broken JSON`, r));
      expect(broken.status).toBe(400);
      // The built body itself: whatever the service says, it is not a 500.
      await send('built body', built.body);
    }
    expect(stats.fiveHundreds).toEqual([]);
  }, 600_000);

  it('every text query parameter refuses junk with 400 INVALID_TEXT', async () => {
    const withTextQuery = operations.filter((op) => op.query.some((q) => isTextSchema(q.schema)));
    expect(withTextQuery.length).toBeGreaterThanOrEqual(3);
    for (const op of withTextQuery) {
      stats.queryRoutes++;
      const client = clientFor(op);
      for (const parameter of op.query.filter((q) => isTextSchema(q.schema))) {
        // The search needs its keyword beside another parameter.
        const base = op.path === '/api/competencies' && parameter.name !== 'q' ? 'q=arsip&' : '';
        for (const item of junk) {
          const what = `${op.method} ${op.path}?${parameter.name} ${item.name}`;
          if (item.name === 'lone surrogate') {
            // Not expressible in UTF-8: sent as the bytes a careless client would produce.
            const query = `${base}${parameter.name}=ab%ED%A0%80cd`;
            record(what, await client.request(op.method, `${pathFor(op.path)}?${query}`));
            continue;
          }
          const query = `${base}${parameter.name}=${encodeURIComponent(`ab${item.value}cd`)}`;
          const response = record(what, await client.request(op.method, `${pathFor(op.path)}?${query}`));
          expectRefusedText(what, response, parameter.name);
        }
        const broken = `${base}${parameter.name}=%E2%80`;
        record(
          `${op.path}?${parameter.name} broken escape`,
          await client.request(op.method, `${pathFor(op.path)}?${broken}`),
        );
      }
    }
    expect(stats.fiveHundreds).toEqual([]);
  });

  it('junk in a path parameter is a 404 (or 400), never a 500', async () => {
    const withParams = operations.filter((op) => op.path.includes('{'));
    for (const op of withParams) {
      for (const junkSegment of ['%00', '%E2%80%AE', '%ED%A0%80', '%', 'a'.repeat(5000)]) {
        const path = op.path.replace(/\{\w+\}/, junkSegment).replace(/\{(\w+)\}/g, (m) => pathFor(m));
        const response = record(
          `${op.method} ${op.path} ${junkSegment.slice(0, 12)}`,
          await clientFor(op).request(op.method, pathFor(path), op.body ? { json: {} } : {}),
        );
        expect([400, 404, 414, 431], `${op.method} ${path.slice(0, 80)}`).toContain(response.status);
      }
    }
    expect(stats.fiveHundreds).toEqual([]);
  });

  it('upload form fields and file names refuse junk too', async () => {
    const { drafter } = clients;
    const importPath = `/api/technical-dictionaries/${ids.dictionary}/import`;
    const file = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]);
    const field = record(
      'import governmentAffair NUL',
      await drafter.upload(importPath, { file, governmentAffair: 'Kepegawaian\u0000' }),
    );
    expectRefusedText('import governmentAffair NUL', field, 'governmentAffair');
    const named = record(
      'import file name RLO',
      await drafter.upload(importPath, { file }, 'kamus\u202exslx.exe'),
    );
    expect(named.status).toBe(400);
    expect(named.body.error.code).toBe('INVALID_TEXT');
    expect(named.body.error.message).toContain('Nama berkas');
  });

  afterAll(() => {
    const sorted = (map: Map<string | number, number>) =>
      [...map.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    console.log(
      [
        `fuzz: ${stats.routes} JSON write routes, ${stats.queryRoutes} routes with text query parameters, ${stats.requests} requests`,
        `fuzz: ${stats.invalidText} answered INVALID_TEXT; ${stats.fiveHundreds.length} answered 5xx`,
        `fuzz: ${stats.beforeValidation.length} stopped before validation${stats.beforeValidation.length ? `: ${stats.beforeValidation.slice(0, 5).join('; ')}` : ''}`,
        `fuzz: statuses ${sorted(stats.byStatus)
          .map(([status, n]) => `${status}×${n}`)
          .join(' ')}`,
        `fuzz: codes ${sorted(stats.byCode)
          .map(([code, n]) => `${code}×${n}`)
          .join(' ')}`,
      ].join('\n'),
    );
  });
});

describe('when the database itself refuses a text', () => {
  it('answers 400 INVALID_TEXT without the query or the value, not a 500', async () => {
    const refusals: unknown[] = [];
    for (const query of [
      sql`select ${'a\u0000b'}::text`,
      sql`select ${JSON.stringify({ a: 'x\u0000' })}::jsonb`,
      sql`select ${JSON.stringify({ a: 'x\ud800' })}::jsonb`,
    ]) {
      await server.database.db.execute(query).then(
        () => refusals.push(null),
        (error: unknown) => refusals.push(error),
      );
    }
    expect(refusals).toHaveLength(3);
    const originalError = console.error;
    console.error = () => {};
    try {
      for (const refusal of refusals) {
        expect(refusal).toBeInstanceOf(Error);
        const app = new Hono();
        app.onError((error, c) => renderError(c, error));
        app.get('/x', () => {
          throw refusal;
        });
        const response = await app.request('/x');
        const body = await response.json();
        expect(response.status).toBe(400);
        expect(body.error.code).toBe('INVALID_TEXT');
        expect(JSON.stringify(body)).not.toMatch(/select|jsonb|0x00/i);
      }
    } finally {
      console.error = originalError;
    }
  });
});
