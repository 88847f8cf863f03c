/**
 * The API as a contract. Every test server runs with SKJ_CONTRACT_CHECK=1: each answer is checked
 * against its route's published response schema and declared error codes, so every API test is
 * also a contract test. This file adds what no other test covers:
 * - every operation is fully described (its own operationId, a typed success answer, its error codes
 *   by name), apart from the operations still listed in `api-contract.pending.ts`, a list that may
 *   only shrink;
 * - every GET without path parameters answers within its schema for each kind of reader (the
 *   authorization matrix test covers the GETs with path parameters the same way).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationSpec } from '../src/api/openapi';
import { standaloneRegistry } from '../src/api/standalone-registry';
import { pendingOperations } from './api-contract.pending';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

const operations = standaloneRegistry().list();
const key = (op: OperationSpec) => `${op.method.toUpperCase()} ${op.path}`;

/** What an operation still lacks; empty when it is fully described. */
function gaps(op: OperationSpec): string[] {
  const missing: string[] = [];
  if (!op.operationId) missing.push('operationId');
  if (!op.response && !op.produces) missing.push('response');
  if ((op.errors ?? []).some((entry) => /^\d{3}$/.test(entry))) missing.push('error codes');
  return missing;
}

describe('every operation is described', () => {
  it('names its operation uniquely', () => {
    const ids = operations.map((op) => op.operationId).filter((id): id is string => Boolean(id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('has an operationId, a typed success answer and named error codes (pending list only shrinks)', () => {
    const incomplete = operations.filter((op) => gaps(op).length > 0).map(key);
    const known = new Set(Object.keys(pendingOperations));
    expect(
      incomplete.filter((op) => !known.has(op)),
      'newly incomplete operations',
    ).toEqual([]);
    expect(
      [...known].filter((op) => !incomplete.includes(op)),
      'complete now: remove them from test/api-contract.pending.ts',
    ).toEqual([]);
  });
});

describe('GET routes without path parameters answer within their schemas', () => {
  let server: TestServer;
  const readers: Record<string, ApiClient | null> = {};
  beforeAll(async () => {
    server = await startTestServer();
    readers.anonymous = null;
    for (const username of ['superadmin', 'ratifier', 'admin', 'drafter', 'pegawai'])
      readers[username] = await server.as(username);
  });
  afterAll(async () => server?.close());

  const gets = operations.filter((op) => op.method === 'get' && !op.path.includes(':'));
  /** Required query parameters, with a value the demo data answers. */
  const sampleQuery: Record<string, string> = { '/api/competencies': '?q=integritas' };
  /**
   * Success needs a record the demo does not have: an employee linked to a civil servant (the
   * talent tests read it, with the same contract check).
   */
  const successElsewhere = new Set(['/api/me/civil-servant']);

  it('answers 2xx within the schema, or a declared refusal, for every reader', async () => {
    expect(gets.length).toBeGreaterThan(20);
    const seen: string[] = [];
    for (const op of gets) {
      for (const [reader, client] of Object.entries(readers)) {
        const url = op.path + (sampleQuery[op.path] ?? '');
        const response = client ? await client.download(url) : await fetch(server.baseUrl + url);
        // A 500 here is the contract check refusing an answer outside the schema (see the log).
        expect(response.status, `${key(op)} as ${reader}`).toBeLessThan(500);
        if (response.status < 300) seen.push(key(op));
      }
    }
    // Each route answered someone successfully, so its success schema was checked at least once.
    const unseen = gets
      .filter((op) => !successElsewhere.has(op.path))
      .map(key)
      .filter((k) => !seen.includes(k));
    expect(unseen.join(', ')).toBe('');
  });
});
