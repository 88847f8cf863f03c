/**
 * Nothing internal reaches a user: the OpenAPI document (summaries, descriptions, property names,
 * enum values), the built UI bundle when there is one, and API payloads of the screens that showed
 * raw flags carry none of "seed", "verified" (as a flag), "TODO" or the placeholder "[Teks resmi".
 * The generated documents are scanned where they are made (official-documents, campaign-documents).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalWordsIn } from './support/document-artifacts';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
});
afterAll(() => server?.close());

/**
 * "verified" is a workflow status (a dictionary or standard that passed verification), kept as an
 * enum value and in `verifiedAt`/`verifiedBy`; anywhere else, as a property or in prose, it is a flag.
 */
const workflowKeys = new Set(['verifiedAt', 'verifiedBy', 'verified']);

function scanOpenApi(node: unknown, at: string, found: string[], inEnum = false): void {
  if (typeof node === 'string') {
    const words = inEnum && node === 'verified' ? [] : internalWordsIn(node);
    for (const word of words) found.push(`${at}: ${word}`);
    return;
  }
  if (Array.isArray(node)) {
    for (const [k, child] of node.entries()) scanOpenApi(child, `${at}[${k}]`, found, inEnum);
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/verified/i.test(key) && !workflowKeys.has(key)) found.push(`${at}: property ${key}`);
      if (/\bseed\b/i.test(key)) found.push(`${at}: property ${key}`);
      // A status count keyed by the workflow's statuses is data, not a flag; so is its name in the
      // object's `required` list (every property name is checked above as a key).
      const isStatusKey = key === 'verified' && (at.includes('properties') || at.includes('enum'));
      scanOpenApi(value, `${at}.${key}`, found, key === 'enum' || key === 'required' || isStatusKey);
    }
  }
}

describe('internal words', () => {
  it('are absent from the OpenAPI document', async () => {
    const doc = await admin.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    const found: string[] = [];
    scanOpenApi(doc.body, 'openapi', found);
    expect(found).toEqual([]);
    // The scan itself finds what it looks for.
    const probe: string[] = [];
    scanOpenApi({ summary: 'langkah SOP seed 003', properties: { categoriesVerified: {} } }, 'probe', probe);
    expect(probe).toHaveLength(2);
  });

  it('are absent from the payloads that carried raw flags (job levels, policy, national dictionary)', async () => {
    const levels = await server.client().get('/api/reference/job-levels');
    expect(JSON.stringify(levels.body)).not.toMatch(/verified/i);
    const agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
    const policy = await admin.get(`/api/agencies/${agencyId}/standard-policy`);
    expect(internalWordsIn(JSON.stringify(policy.body))).toEqual([]);
    const dictionaries = await admin.get('/api/technical-dictionaries');
    const national = dictionaries.body.items.find(
      (d: { code: string }) => d.code === 'KAMUS-TEKNIS-NASIONAL',
    );
    const read = await admin.get(`/api/technical-dictionaries/${national.id}`);
    expect(internalWordsIn(JSON.stringify(read.body.dictionary))).toEqual([]);
    for (const path of ['/api/dictionaries/managerial', '/api/dictionaries/socio-cultural']) {
      const dictionary = await admin.get(path);
      expect(dictionary.body.source).not.toMatch(/seed|github|repositor/i);
    }
  });

  it.skipIf(!fs.existsSync(path.resolve('dist/index.html')))('are absent from the built UI bundle', () => {
    const assets = path.resolve('dist/assets');
    const found: string[] = [];
    for (const file of fs.readdirSync(assets).filter((f) => /\.(js|css|html)$/.test(f))) {
      const text = fs.readFileSync(path.join(assets, file), 'utf8');
      // The bundle's user texts: string literals of the i18n catalogues and components.
      for (const literal of text.match(
        /"(?:[^"\\]|\\.){3,400}"|'(?:[^'\\]|\\.){3,400}'|`(?:[^`\\]|\\.){3,400}`/g,
      ) ?? []) {
        if (!/\s/.test(literal)) continue; // identifiers and keys, not prose
        for (const word of internalWordsIn(literal)) found.push(`${file}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });
});
