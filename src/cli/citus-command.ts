/**
 * `skj citus-plan`: the Citus distribution plan of the current schema (ADR 0023). With
 * DATABASE_URL it reads that database's catalog (after migrating it, like every command); without,
 * an in-memory database migrated to this version's schema, so the data dir is not touched.
 */
import { loadConfig } from '../config';
import { citusPlan, readCatalog } from '../db/citus-plan';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';

export async function citusPlanCommand(): Promise<number> {
  const config = loadConfig();
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl })
    : await openDatabase();
  try {
    await migrateDatabase(database);
    const plan = citusPlan(await readCatalog(database.db));
    console.log(plan.text);
    return 0;
  } finally {
    await database.close();
  }
}
