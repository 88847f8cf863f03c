/** `npm start`: migrate and seed the database, then serve the API and the web UI. */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { demoPasswordFile } from './db/seed/demo-password';
import { demoUsers } from './db/seed/demo-seed';
import { DomainError } from './domain/errors';
import { buildApp, type DemoLogins, demoPasswordHint, prepareDatabase } from './server';
import { ServerLifecycle } from './server-lifecycle';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, lock, demo, setup, snapshot } = await prepareDatabase(config);
  const lifecycle = new ServerLifecycle(database, config, lock);
  const app = buildApp(database, config, {
    setupToken: setup?.setupToken,
    demoPassword: demoPasswordHint(demo),
    lifecycle,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const ms = Math.round(performance.now() - started);
    const base = `http://localhost:${info.port}`;
    console.log(
      `SKJ siap di ${base} (basis data: ${database.kind}${
        database.kind === 'pglite' ? `, ${config.dataDir}` : ''
      }${snapshot === 'restored' ? ', dibuat dari salinan awal hasil build' : ''}; siap dalam ${ms} ms)`,
    );
    if (demo) printDemoLogins(demo, config.dataDir);
    if (setup) printSetupToken(setup.token, base);
  });
  // SIGTERM/SIGINT: stop accepting, let jobs and a backup finish (grace period), close, unlock.
  lifecycle.run(server as Server);
}

function printDemoLogins(demo: DemoLogins, dataDir: string) {
  console.log(
    demo.loaded
      ? 'Data demo dimuat (KOTA-CONTOH, KAB-CONTOH). Akun demo:'
      : 'Data demo aktif. Akun demo yang masih memakai kata sandi demo:',
  );
  for (const user of demoUsers.filter((u) => demo.accounts.includes(u.username))) {
    console.log(`  ${user.username.padEnd(11)} ${user.role.padEnd(11)} ${user.agency ?? '(nasional)'}`);
  }
  if (demo.source === 'env') {
    console.log('  kata sandi: (dari SKJ_DEMO_PASSWORD)');
  } else {
    console.log(`  kata sandi: ${demo.password}`);
    console.log(
      `  (acak untuk direktori data ini, tersimpan di ${demoPasswordFile(dataDir)}; ` +
        'tidak ditampilkan lagi setelah semua akun demo menggantinya)',
    );
  }
  console.warn(
    'PERINGATAN: akun demo (termasuk superadmin) hanya untuk mencoba. Untuk data sungguhan jalankan dengan ' +
      'SKJ_DEMO=0 pada direktori data baru, lalu siapkan superadmin pertama.',
  );
}

function printSetupToken(token: string, base: string) {
  console.log('Belum ada superadmin aktif. Siapkan superadmin pertama dengan token sekali pakai ini:');
  console.log(`  token penyiapan: ${token}`);
  console.log(
    `  di halaman ${base}/setup, atau: curl -X POST ${base}/api/setup -H 'content-type: application/json' ` +
      `-d '{"token":"…","username":"…","fullName":"…","password":"…"}'`,
  );
  console.log('  (token berlaku sampai superadmin dibuat atau server dihentikan; jangan bagikan)');
}

main().catch((error) => {
  if (error instanceof DomainError) {
    console.error(`Gagal memulai SKJ: ${error.message}`);
  } else {
    console.error('Gagal memulai SKJ:', error);
  }
  process.exit(1);
});
