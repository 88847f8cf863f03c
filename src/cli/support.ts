import path from 'node:path';
import readline from 'node:readline';
import type { Config } from '../config';
import { type Database, openDatabase } from '../db/client';
import { lockDataDir } from '../db/lock';
import { migrateDatabase } from '../db/migrate';
import { seedReferenceData } from '../db/seed/reference-seed';
import { DomainError } from '../domain/errors';

/** The database for a CLI command: locked like the server's, migrated, reference data loaded. */
export async function openCliDatabase(
  config: Config,
): Promise<{ database: Database; close(): Promise<void> }> {
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  try {
    const database = config.databaseUrl
      ? await openDatabase({ url: config.databaseUrl })
      : await openDatabase({ dataDir: path.join(config.dataDir, 'pglite') });
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    return {
      database,
      async close() {
        await database.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Reads a secret from the terminal without echo (or one line from a pipe). */
export function readSecret(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY,
    });
    if (process.stdin.isTTY) {
      process.stdout.write(prompt);
      // biome-ignore lint/suspicious/noExplicitAny: readline's private output hook, to hide the typed secret
      (rl as any)._writeToOutput = () => {};
    }
    rl.once('line', (line) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
      resolve(line);
    });
    rl.once('close', () => reject(new DomainError('VALIDATION_FAILED', 'Kata sandi tidak diberikan.')));
  });
}
