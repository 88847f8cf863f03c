/**
 * Import of potential results (hasil penilaian potensial) from .xlsx or .csv: NIP, date, a score
 * (0..100) or a category (Tinggi / Menengah / Rendah), and the source (the assessment centre or
 * the talent-management assessment). All-or-nothing with a row report, like the other imports.
 */
import { eq, sql } from 'drizzle-orm';
import { pgArray } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { civilServants } from '../db/schema';
import { type PotentialBand, parsePotentialCategory, potentialBandOfScore } from '../domain/nine-box';
import type { ServiceContext } from './context';
import { parseDate } from './import-assessments';
import { assertCanManageCivilServants } from './import-civil-servants';
import { type ImportRowProblem, rejectImport, tableProblems } from './import-problems';
import { effectivePolicy } from './standard-policy';
import { idChunks, refreshTalentPlacementsOf } from './talent-placement';

export const potentialColumnAliases = {
  nip: ['nip', 'nip baru', 'nomor induk pegawai'],
  date: ['tanggal', 'tanggal penilaian', 'tanggal asesmen', 'tgl asesmen'],
  score: ['nilai', 'nilai potensial', 'skor', 'skor potensial', 'nilai potensi'],
  category: ['kategori', 'kategori potensial', 'potensial', 'potensi', 'kategori potensi'],
  source: ['sumber', 'lembaga', 'lembaga asesmen', 'penyelenggara', 'metode'],
} as const;
type Column = keyof typeof potentialColumnAliases;

/** The columns that must be there (and Nilai or Kategori). */
export const potentialRequired = ['nip', 'date', 'source'] as const;

export const potentialColumns: Record<Column, string> = {
  nip: 'NIP',
  date: 'Tanggal',
  score: 'Nilai',
  category: 'Kategori',
  source: 'Sumber',
};

/** "82", "82,5", "82.25" on 0..100; null otherwise. */
export function parseScore(text: string): number | null {
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return value <= 100 ? value : null;
}

export async function importPotentialResults(
  ctx: ServiceContext,
  bytes: Uint8Array,
  fileName: string,
  today: Date = new Date(),
) {
  const agencyId = assertCanManageCivilServants(ctx);
  const { readTable } = await import('../exports/tabular');
  const table = await readTable<Column>(bytes, fileName, potentialColumnAliases);
  const problems: ImportRowProblem[] = tableProblems(
    table,
    potentialRequired,
    potentialColumns,
    'Berkas tidak berisi baris data.',
  );
  if (problems.length === 0 && !table.columns.has('score') && !table.columns.has('category')) {
    problems.push({
      row: 1,
      column: 'Nilai',
      code: 'MISSING_COLUMN',
      message: 'Kolom "Nilai" atau "Kategori" tidak ditemukan.',
    });
  }
  const policy = (await effectivePolicy(ctx.db, agencyId)).talent;
  const servants = await ctx.db
    .select({ id: civilServants.id, nip: civilServants.nip })
    .from(civilServants)
    .where(eq(civilServants.agencyId, agencyId));
  const servantByNip = new Map(servants.map((s) => [s.nip, s.id]));
  const todayIso = today.toISOString().slice(0, 10);
  const rows: {
    servantId: string;
    nip: string;
    date: string;
    score: number | null;
    band: PotentialBand;
    source: string;
  }[] = [];
  const seen = new Map<string, number>();
  if (problems.length === 0) {
    for (const source of table.rows) {
      const before = problems.length;
      const problem = (column: Column, code: string, message: string) =>
        problems.push({ row: source.row, column: potentialColumns[column], code, message });
      const nip = (source.cells.get('nip') ?? '').replace(/\s+/g, '');
      const servantId = servantByNip.get(nip);
      if (!nip) problem('nip', 'REQUIRED', 'NIP wajib diisi.');
      else if (!servantId)
        problem('nip', 'UNKNOWN_NIP', `NIP ${nip} belum terdaftar sebagai pegawai instansi ini.`);
      const dateText = source.cells.get('date') ?? '';
      const date = parseDate(dateText);
      if (!date)
        problem(
          'date',
          'INVALID_DATE',
          `Tanggal "${dateText}" tidak sah (contoh: 2026-06-01 atau 01/06/2026).`,
        );
      else if (date > todayIso)
        problem('date', 'FUTURE_DATE', 'Tanggal penilaian tidak boleh di masa depan.');
      const scoreText = source.cells.get('score');
      const score = scoreText ? parseScore(scoreText) : null;
      if (scoreText && score === null) {
        problem(
          'score',
          'INVALID_SCORE',
          `Nilai "${scoreText}" harus angka 0 sampai 100 (paling banyak 2 desimal).`,
        );
      }
      const categoryText = source.cells.get('category');
      const category = categoryText ? parsePotentialCategory(categoryText) : null;
      if (categoryText && !category) {
        problem(
          'category',
          'UNKNOWN_POTENTIAL',
          `Kategori "${categoryText}" harus Tinggi, Menengah atau Rendah.`,
        );
      }
      if (!scoreText && !categoryText) problem('score', 'REQUIRED', 'Isi nilai atau kategori potensial.');
      const origin = source.cells.get('source') ?? '';
      if (!origin) problem('source', 'REQUIRED', 'Sumber penilaian wajib diisi.');
      else if (origin.length > 200) problem('source', 'TOO_LONG', 'Sumber paling panjang 200 karakter.');
      if (problems.length > before || !servantId || !date) continue;
      const key = `${nip}|${date}|${origin}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problem(
          'date',
          'DUPLICATE_RESULT',
          `Hasil yang sama (NIP, tanggal, sumber) sudah ada pada baris ${earlier}.`,
        );
        continue;
      }
      seen.set(key, source.row);
      rows.push({
        servantId,
        nip,
        date,
        score,
        // A category given by the source stands; a bare score is banded by the agency's policy.
        band: category ?? potentialBandOfScore(score!, policy),
        source: origin,
      });
    }
  }
  if (problems.length > 0) rejectImport(problems, 'hasil potensial');
  return ctx.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 10_000) {
      const chunk = rows.slice(i, i + 10_000);
      await tx.execute(sql`
        insert into potential_assessments (agency_id, civil_servant_id, assessed_on, score, band, source, entry, created_by)
        select ${agencyId}, s, d, nullif(sc, '')::float8, b, src, 'import', ${ctx.actor.userId}
        from unnest(${pgArray(chunk.map((r) => r.servantId))}::uuid[], ${pgArray(chunk.map((r) => r.date))}::text[],
                    ${pgArray(chunk.map((r) => (r.score === null ? '' : String(r.score))))}::text[],
                    ${pgArray(chunk.map((r) => r.band))}::text[], ${pgArray(chunk.map((r) => r.source))}::text[])
             as t(s, d, sc, b, src)`);
    }
    const people = [...new Set(rows.map((r) => r.servantId))];
    await refreshTalentPlacementsOf(tx, agencyId, idChunks(people));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'potentialAssessment',
      entityId: agencyId,
      action: 'import',
      diff: { fileName, format: table.format, rows: rows.length },
    });
    return { rows: rows.length, format: table.format };
  });
}
