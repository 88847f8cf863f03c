/**
 * Server side of the dictionary-throughput benchmark, run as its own process
 * (`node --import tsx bench/support/serve-for-bench.ts <data dir>`). Opens a fresh PGlite in the
 * given data dir (migrated and seeded like `npm start`) and serves, from the same database:
 *   - port A: the full SKJ app (every middleware, routing) via @hono/node-server;
 *   - port B: a bare `node:http` server whose one handler runs the same repository read as
 *     `GET /api/dictionaries/managerial` and writes it as JSON (no middleware, no validation).
 * The UI is the build's (`dist/web`), or SKJ_BENCH_WEB_ROOT's when set.
 * Prints `READY <portA> <portB>` once both listen; closes everything on SIGTERM/SIGINT.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/client';
import {
  findRatifiedDictionary,
  officialDictionaryCodes,
} from '../../src/db/repositories/dictionary-repository';
import { buildApp, prepareDatabase } from '../../src/server';

const host = '127.0.0.1';

function bareHandler(database: Database): http.RequestListener {
  return async (_request, response) => {
    try {
      const dictionary = await findRatifiedDictionary(database.db, officialDictionaryCodes.managerial);
      const body = JSON.stringify(dictionary);
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }
  };
}

async function listen(server: http.Server): Promise<number> {
  server.listen(0, host);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: serve-for-bench.ts <data dir>');
  // DATABASE_URL is blanked so a PostgreSQL URL in the environment cannot replace the PGlite.
  const config = loadConfig({ ...process.env, SKJ_DATA_DIR: dataDir, SKJ_LOG: '0', DATABASE_URL: '' });
  const { database, lock } = await prepareDatabase(config);
  // SKJ_BENCH_WEB_ROOT: another build of the UI to serve (the web-load benchmark compares builds).
  const webRoot = process.env.SKJ_BENCH_WEB_ROOT || undefined;
  const app = buildApp(database, config, { log: () => {}, webRoot });

  const full = serve({ fetch: app.fetch, port: 0, hostname: host }) as http.Server;
  if (!full.listening) await once(full, 'listening');
  const fullPort = (full.address() as AddressInfo).port;
  const bare = http.createServer(bareHandler(database));
  const barePort = await listen(bare);
  console.log(`READY ${fullPort} ${barePort}`);

  const stop = async () => {
    full.closeAllConnections();
    bare.closeAllConnections();
    full.close();
    bare.close();
    await database.close();
    lock?.release();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error('serve-for-bench failed:', error);
  process.exit(1);
});
