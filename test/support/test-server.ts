/**
 * The real HTTP server on a random port over this test file's own database, with a small client
 * that keeps the session cookie and CSRF token like the browser does.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/client';
import { buildApp } from '../../src/server';
import type { ServerLifecycle } from '../../src/server-lifecycle';
import type { SetupToken } from '../../src/services/setup-token';
import { openTestDatabase } from './test-database';

export { ApiClient, type ApiResponse, demoPassword } from './api-client';

import { ApiClient } from './api-client';

export interface TestServer {
  baseUrl: string;
  database: Database;
  logLines: Record<string, unknown>[];
  client(): ApiClient;
  /** A client already logged in as a demo user. */
  as(username: string): Promise<ApiClient>;
  count(table: PgTable, where?: SQL): Promise<number>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The app's clock (login back-off, temporary passwords): tests move it instead of waiting. */
  now?: () => Date;
  /** The setup page's one-time token. */
  setupToken?: SetupToken;
  webRoot?: string;
  /** A database the caller opened (e.g. on a data dir); closed with the server. */
  database?: Database;
  lifecycle?: ServerLifecycle;
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = options.database ?? (await openTestDatabase());
  const config = loadConfig({ SKJ_LOG: '0', SKJ_CONTRACT_CHECK: '1', ...env });
  const logLines: Record<string, unknown>[] = [];
  const app = buildApp(database, config, {
    log: (line) => logLines.push(line),
    webRoot: options.webRoot ?? '/nonexistent',
    ...(options.now ? { now: options.now } : {}),
    ...(options.setupToken ? { setupToken: options.setupToken } : {}),
    ...(options.lifecycle ? { lifecycle: options.lifecycle } : {}),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    database,
    logLines,
    client: () => new ApiClient(baseUrl),
    async as(username) {
      const client = new ApiClient(baseUrl);
      const response = await client.login(username);
      if (response.status !== 200)
        throw new Error(`login ${username} failed: ${JSON.stringify(response.body)}`);
      return client;
    },
    async count(table, where) {
      const [row] = await database.db.select({ n: count() }).from(table).where(where);
      return row?.n ?? 0;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
