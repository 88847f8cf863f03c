/**
 * Import of a 10,000-row flat dictionary sheet (2,000 entries × 5 levels, 3 indicators each)
 * through the same service as `POST /api/technical-dictionaries/:id/import`: parse, check, write
 * all-or-nothing into PGlite. Time and peak resident memory (sampled every 10 ms).
 */
import ExcelJS from 'exceljs';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { agencies, users } from '../src/db/schema';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { createTechnicalDictionary } from '../src/services/compose-technical-dictionary';
import { importDictionaryXlsx } from '../src/services/exchange-dictionary-xlsx';
import { generateEntries } from './support/generate-dictionary';
import { makeTempDir, removeDir } from './support/process';
import type { BenchResult } from './types';

export const name = 'dictionary-import';
export const description = 'import of a 10,000-row flat dictionary sheet into PGlite (all-or-nothing)';

async function flatWorkbook(entryCount: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kamus');
  sheet.addRow(['kode', 'nama', 'definisi', 'urusan', 'kelompok', 'level', 'deskripsi', 'indikator']);
  for (const entry of generateEntries(entryCount, 99)) {
    for (const level of entry.levels) {
      sheet.addRow([
        entry.code,
        level.level === 1 ? entry.name : '',
        level.level === 1 ? entry.definition : '',
        entry.governmentAffair,
        entry.group,
        level.level,
        level.description,
        level.behaviourIndicators.join('\n'),
      ]);
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function run(): Promise<BenchResult> {
  const dir = makeTempDir('skj-bench-import-');
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await seedDemoData(database.db, 'bench-password');
    const bytes = await flatWorkbook(2000);
    const [agency] = await database.db.select({ id: agencies.id }).from(agencies).limit(1);
    const [user] = await database.db.select({ id: users.id }).from(users).limit(1);
    const ctx = {
      db: database.db,
      actor: { userId: user!.id, username: 'bench', role: 'admin' as const, agencyId: agency!.id },
    };
    const { dictionaryId } = await createTechnicalDictionary(ctx, {
      code: 'BENCH-IMPORT',
      name: 'Impor Sintetis',
    });
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const started = performance.now();
    const result = await importDictionaryXlsx(ctx, dictionaryId, bytes, { fileName: 'bench.xlsx' });
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      figures: [
        { label: 'file size', value: Math.round(bytes.length / 1024), unit: 'KiB' },
        { label: 'rows', value: 10_000, unit: 'rows' },
        { label: 'entries imported', value: result.imported, unit: 'entries' },
        { label: 'import time (parse + check + write)', value: Math.round(ms), unit: 'ms' },
        { label: 'peak RSS during import', value: Math.round(peak / 1024 / 1024), unit: 'MiB' },
        {
          label: 'RSS growth over baseline',
          value: Math.round((peak - baseline) / 1024 / 1024),
          unit: 'MiB',
        },
      ],
      notes: ['In-process service call on PGlite; RSS includes the WASM database heap.'],
    };
  } finally {
    await database.close();
    removeDir(dir);
  }
}
