/** The HTTP application: middleware, every API resource, the OpenAPI document and the web UI. */

import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { asRequest } from '../db/statement-order';
import { registerAgencyRoutes } from './agencies/routes';
import { registerAuditLogRoutes } from './audit-log/routes';
import { registerAuthRoutes } from './auth/routes';
import { registerBackupRoutes } from './backups/routes';
import { registerCatalogRoutes } from './catalog/routes';
import { registerCompetencyRoutes } from './competencies/routes';
import { compressResponses } from './compression';
import type { ApiDeps, AppEnv } from './context';
import { registerDictionaryRoutes } from './dictionaries/routes';
import { apiDocsContentSecurityPolicy, renderApiDocs } from './docs/render-docs';
import { registerDocumentRoutes } from './documents/routes';
import { registerDraftingCampaignRoutes } from './drafting-campaigns/routes';
import { errorBody, renderError } from './errors';
import { registerHealthRoutes, registerLivenessRoute } from './health/routes';
import { registerImportRoutes } from './imports/routes';
import { registerJobDescriptionRoutes } from './job-descriptions/routes';
import { registerStandardExchangeRoutes } from './job-standards/exchange-routes';
import { registerJobStandardRoutes } from './job-standards/routes';
import {
  csrfProtection,
  loadSession,
  passwordChangeGate,
  type RequestLogger,
  requestLog,
  securityHeaders,
} from './middleware';
import { registerMultiRaterRoutes } from './multi-rater/routes';
import { registerOrganisationRoutes } from './organisation/routes';
import { registerPositionRoutes } from './positions/routes';
import { registerReferenceRoutes } from './reference/routes';
import { createRouter } from './route';
import { registerSetupRoutes } from './setup/routes';
import { registerStaticFiles } from './static-files';
import { registerSuccessionRoutes } from './succession/routes';
import { registerTalentRoutes } from './talent/routes';
import { registerTaskRoutes } from './tasks/routes';
import { registerDictionaryExchangeRoutes } from './technical-dictionaries/exchange-routes';
import { registerTechnicalDictionaryRoutes } from './technical-dictionaries/routes';
import { registerUserRoutes } from './users/routes';

export interface CreateAppOptions extends ApiDeps {
  log: RequestLogger;
  /** Folder of the built web UI (vite build output); served with an SPA fallback. */
  webRoot?: string;
}

export function createApp(options: CreateAppOptions) {
  const app = new Hono<AppEnv>();
  // Each request's statements are ordered by when it started (PGlite's one connection).
  app.use('*', (_c, next) => asRequest(next));
  app.use('*', requestLog(options.log));
  app.use('*', securityHeaders(options));
  app.use('/api/*', compressResponses);
  const router = createRouter(app, options);
  // Ahead of the body limits and the session lookup: liveness never waits for the database.
  registerLivenessRoute(router);
  // Uploads (paths ending in /import) may carry an .xlsx of up to 10 MB; everything else 1 MB.
  const uploadLimit = bodyLimit({
    maxSize: 11 * 1024 * 1024,
    onError: (c) => c.json(errorBody('FILE_TOO_LARGE', 'Berkas melebihi batas 10 MB.'), 413),
  });
  const jsonLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) => c.json(errorBody('PAYLOAD_TOO_LARGE', 'Isi permintaan melebihi 1 MB.'), 413),
  });
  // Imports of people and assessment results may be large CSVs (hundreds of thousands of rows).
  const tableImportLimit = bodyLimit({
    maxSize: 65 * 1024 * 1024,
    onError: (c) => c.json(errorBody('FILE_TOO_LARGE', 'Berkas melebihi batas 64 MB.'), 413),
  });
  app.use('/api/*', (c, next) =>
    c.req.path.startsWith('/api/imports/')
      ? tableImportLimit(c, next)
      : c.req.path.endsWith('/import')
        ? uploadLimit(c, next)
        : jsonLimit(c, next),
  );
  app.use('/api/*', loadSession(options));
  app.use('/api/*', csrfProtection);
  app.use('/api/*', passwordChangeGate);
  app.onError((error, c) => renderError(c, error));

  registerHealthRoutes(router);
  registerAuthRoutes(router);
  registerSetupRoutes(router);
  registerDictionaryRoutes(router);
  registerReferenceRoutes(router);
  registerAgencyRoutes(router);
  registerUserRoutes(router);
  registerTechnicalDictionaryRoutes(router);
  registerDictionaryExchangeRoutes(router);
  registerCompetencyRoutes(router);
  registerPositionRoutes(router);
  registerTaskRoutes(router);
  registerOrganisationRoutes(router);
  registerImportRoutes(router);
  registerTalentRoutes(router);
  registerJobStandardRoutes(router, { positionCodePattern: options.positionCodePattern });
  registerCatalogRoutes(router);
  registerStandardExchangeRoutes(router);
  registerDraftingCampaignRoutes(router);
  registerDocumentRoutes(router);
  registerJobDescriptionRoutes(router);
  registerBackupRoutes(router);
  registerAuditLogRoutes(router);
  registerMultiRaterRoutes(router);
  registerSuccessionRoutes(router);

  app.get('/api/openapi.json', (c) => c.json(options.registry.document()));
  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', apiDocsContentSecurityPolicy);
    return c.html(renderApiDocs(options.registry));
  });
  app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND', 'Alamat API tidak dikenal.'), 404));

  const webRoot = options.webRoot;
  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    registerStaticFiles(app, webRoot);
  } else {
    app.get('*', (c) =>
      c.html(
        '<!doctype html><html lang="id"><meta charset="utf-8"><title>SKJ</title><body><h1>SKJ</h1>' +
          '<p>Antarmuka web belum dibangun. Jalankan <code>npm run build</code> lalu muat ulang.</p>' +
          '<p>API: <a href="/api/docs">/api/docs</a></p></body></html>',
      ),
    );
  }
  return app;
}
