/** `npm start`: migrate and seed the database, then serve the API and the web UI. */
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { demoUsers } from './db/seed/demo-seed';
import { DomainError } from './domain/errors';
import { buildApp, prepareDatabase } from './server';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, lock, demoLoaded } = await prepareDatabase(config);
  const app = buildApp(database, config);
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
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await database.close();
    lock?.release();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  if (error instanceof DomainError) {
    console.error(`Gagal memulai SKJ: ${error.message}`);
  } else {
    console.error('Gagal memulai SKJ:', error);
  }
  process.exit(1);
});
