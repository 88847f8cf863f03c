/** `npm start`: migrate and seed the database, then serve the API and the web UI. */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { demoUsers } from './db/seed/demo-seed';
import { DomainError } from './domain/errors';
import { buildApp, prepareDatabase } from './server';
import { ServerLifecycle } from './server-lifecycle';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, lock, demoLoaded } = await prepareDatabase(config);
  const lifecycle = new ServerLifecycle(database, config, lock);
  const app = buildApp(database, config, { lifecycle });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const ms = Math.round(performance.now() - started);
    console.log(
      `SKJ siap di http://localhost:${info.port} (basis data: ${database.kind}${
        database.kind === 'pglite' ? `, ${config.dataDir}` : ''
      }; siap dalam ${ms} ms)`,
    );
    if (demoLoaded) {
      console.log('Data demo dimuat (KOTA-CONTOH, KAB-CONTOH). Akun demo:');
      for (const user of demoUsers) {
        console.log(`  ${user.username.padEnd(11)} ${user.role.padEnd(11)} ${user.agency ?? '(nasional)'}`);
      }
      console.log(
        `  kata sandi: ${demoLoaded.isDefaultPassword ? demoLoaded.password : '(dari SKJ_DEMO_PASSWORD)'}`,
      );
      if (demoLoaded.isDefaultPassword) {
        console.warn(
          'PERINGATAN: akun demo memakai kata sandi bawaan "demo12345". Jangan gunakan untuk data sungguhan; ' +
            'setel SKJ_DEMO_PASSWORD atau SKJ_DEMO=0.',
        );
      }
    }
  });
  // SIGTERM/SIGINT: stop accepting, let jobs and a backup finish (grace period), close, unlock.
  lifecycle.run(server as Server);
}

main().catch((error) => {
  if (error instanceof DomainError) {
    console.error(`Gagal memulai SKJ: ${error.message}`);
  } else {
    console.error('Gagal memulai SKJ:', error);
  }
  process.exit(1);
});
