/**
 * Runs once per test run: builds a migrated, seeded (reference + demo) template database, so each
 * test file starts from a copy of it instead of paying for initdb and migrations again.
 * PGlite: a dump file loaded per test file. PostgreSQL (SKJ_TEST_TARGET=postgres): a template
 * database that each test file clones with CREATE DATABASE … TEMPLATE.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { seedDemoData } from '../../src/db/seed/demo-seed';
import { seedReferenceData } from '../../src/db/seed/reference-seed';
import { placeAgenciesNotYetPlaced } from '../../src/services/talent-placement';
import { demoPassword } from './api-client';
import { templateDatabaseName, testTarget, withDatabase } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}

export default async function setup(project: TestProject) {
  if (testTarget() === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL suite');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDatabaseName} with (force)`);
    await admin.query(`create database ${templateDatabaseName}`);
    await admin.end();
    const database = await openDatabase({
      url: withDatabase(adminUrl, templateDatabaseName),
      maxConnections: 2,
    });
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await seedDemoData(database.db, demoPassword);
    // As a started server has it: the demo's people placed on the 9-box (placed at start).
    await placeAgenciesNotYetPlaced(database.db);
    await database.close();
    project.provide('pgliteTemplatePath', '');
    return;
  }
  const database = await openDatabase();
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, demoPassword);
  // As a started server has it: the demo's people placed on the 9-box (placed at start).
  await placeAgenciesNotYetPlaced(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = path.resolve('.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
  return () => fs.rmSync(file, { force: true });
}
