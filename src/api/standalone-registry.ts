/**
 * The route table as the OpenAPI registry sees it, without a server or a database: routes register
 * their schemas when the app is built, and no handler runs. For `scripts/openapi.ts` and the
 * contract test.
 */
import { createApp } from './app';
import type { ApiDeps } from './context';
import { OpenApiRegistry } from './openapi';

export function standaloneRegistry(): OpenApiRegistry {
  const registry = new OpenApiRegistry();
  const unused = new Proxy(
    {},
    {
      get: () => () => {
        throw new Error('standalone registry: no database or runner behind it');
      },
    },
  );
  createApp({
    db: unused as ApiDeps['db'],
    databaseKind: 'pglite',
    registry,
    demo: false,
    cookieSecure: 'auto',
    trustedProxies: 0,
    setupToken: unused as ApiDeps['setupToken'],
    now: () => new Date(),
    jobs: unused as ApiDeps['jobs'],
    backups: unused as ApiDeps['backups'],
    lifecycle: { draining: false, startedAt: Date.now() },
    log: () => {},
  });
  return registry;
}
