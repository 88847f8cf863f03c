/**
 * Import of civil servants (pegawai) from .xlsx or .csv: one row per NIP, all-or-nothing with a
 * row-level report; an NIP already in the agency is updated, a new one created. An NIP of another
 * agency is refused (moving people between agencies is not an import).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { pgArray } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { refreshOwnRequiredLevels } from '../db/repositories/talent-repository';
import { civilServants, positions } from '../db/schema';
import { performanceBandOf } from '../domain/candidate-checks';
import { normalizeEducationLevel, normalizeRankGrade } from '../domain/import-spellings';
import type { PerformanceBand } from '../domain/job-person-match';
import { parseNip } from '../domain/nip';
import { fieldHeaders } from '../domain/siasn-columns';
import { readTable } from '../exports/tabular';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { type ImportRowProblem, rejectImport, tableProblems } from './import-problems';
import { warmTalentIndex } from './talent-index';

// The headers of a SIASN "Data ASN" export and the everyday ones (src/domain/siasn-columns.ts).
const columnAliases = {
  nip: fieldHeaders.nip,
  name: fieldHeaders.name,
  rank: fieldHeaders.rank,
  education: ['pendidikan', ...fieldHeaders.educationLevel],
  fieldOfStudy: fieldHeaders.fieldOfStudy,
  position: fieldHeaders.position,
  performance: fieldHeaders.performance,
} as const;
type Column = keyof typeof columnAliases;

export const civilServantColumns: Record<Column, string> = {
  nip: 'NIP',
  name: 'Nama',
  rank: 'Golongan',
  education: 'Pendidikan',
  fieldOfStudy: 'Jurusan',
  position: 'Jabatan',
  performance: 'Predikat Kinerja',
};

export interface CivilServantRow {
  row: number;
  nip: string;
  name: string;
  birthDate: string;
  serviceStart: string;
  sex: 'male' | 'female';
  rankGrade: string | null;
  educationLevel: string | null;
  fieldOfStudy: string | null;
  positionId: string | null;
  performance: PerformanceBand | null;
}

/** The actor's agency, if they may manage its civil servants (`talentPolicy`); FORBIDDEN otherwise. */
export function assertCanManageCivilServants(ctx: ServiceContext): string {
  talentPolicy.authorize(ctx.actor, 'manage', { agencyId: ctx.actor.agencyId });
  return ctx.actor.agencyId!;
}

export async function importCivilServants(
  ctx: ServiceContext,
  bytes: Uint8Array,
  fileName: string,
  today: Date = new Date(),
) {
  const agencyId = assertCanManageCivilServants(ctx);
  const table = await readTable<Column>(bytes, fileName, columnAliases);
  const problems = tableProblems(
    table,
    ['nip', 'name'] as const,
    civilServantColumns,
    'Berkas tidak berisi baris data.',
  );
  const agencyPositions = await ctx.db
    .select({ id: positions.id, name: positions.name })
    .from(positions)
    .where(eq(positions.agencyId, agencyId));
  const positionsByName = new Map<string, string[]>();
  for (const p of agencyPositions) {
    const key = p.name.trim().toLowerCase();
    positionsByName.set(key, [...(positionsByName.get(key) ?? []), p.id]);
  }
  const parsed: CivilServantRow[] = [];
  const seen = new Map<string, number>();
  if (problems.length === 0) {
    for (const source of table.rows) {
      const rowProblems: ImportRowProblem[] = [];
      const problem = (column: Column, code: string, message: string) =>
        rowProblems.push({ row: source.row, column: civilServantColumns[column], code, message });
      const nipText = source.cells.get('nip') ?? '';
      const nip = parseNip(nipText, today);
      const normalizedNip = nipText.replace(/\s+/g, '');
      if (!nip.ok) problem('nip', nip.code, nip.message);
      else if (seen.has(normalizedNip)) {
        problem('nip', 'DUPLICATE_NIP', `NIP sudah muncul pada baris ${seen.get(normalizedNip)}.`);
      } else seen.set(normalizedNip, source.row);
      const name = source.cells.get('name') ?? '';
      if (!name) problem('name', 'REQUIRED', 'Nama wajib diisi.');
      else if (name.length > 200) problem('name', 'TOO_LONG', 'Nama paling panjang 200 karakter.');
      const rankText = source.cells.get('rank');
      const rankGrade = rankText ? normalizeRankGrade(rankText) : null;
      if (rankText && !rankGrade)
        problem('rank', 'UNKNOWN_RANK', `Golongan "${rankText}" tidak dikenal (contoh: III/c).`);
      const educationText = source.cells.get('education');
      const educationLevel = educationText ? normalizeEducationLevel(educationText) : null;
      if (educationText && !educationLevel) {
        problem(
          'education',
          'UNKNOWN_EDUCATION',
          `Jenjang pendidikan "${educationText}" tidak dikenal (contoh: S-1, D-III).`,
        );
      }
      const fieldOfStudy = source.cells.get('fieldOfStudy') ?? null;
      if (fieldOfStudy && fieldOfStudy.length > 200)
        problem('fieldOfStudy', 'TOO_LONG', 'Jurusan paling panjang 200 karakter.');
      const positionText = source.cells.get('position');
      let positionId: string | null = null;
      if (positionText) {
        const matches = positionsByName.get(positionText.toLowerCase()) ?? [];
        if (matches.length === 0) {
          problem('position', 'UNKNOWN_POSITION', `Jabatan "${positionText}" tidak ada pada instansi ini.`);
        } else if (matches.length > 1) {
          problem(
            'position',
            'AMBIGUOUS_POSITION',
            `Ada ${matches.length} jabatan bernama "${positionText}"; bedakan namanya di peta jabatan.`,
          );
        } else positionId = matches[0]!;
      }
      const performanceText = source.cells.get('performance');
      const performance = performanceText ? performanceBandOf(performanceText) : null;
      if (performanceText && !performance) {
        problem(
          'performance',
          'UNKNOWN_PERFORMANCE',
          `Predikat kinerja "${performanceText}" tidak dikenal (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang).`,
        );
      }
      if (rowProblems.length > 0 || !nip.ok) {
        problems.push(...rowProblems);
        continue;
      }
      parsed.push({
        row: source.row,
        nip: normalizedNip,
        name,
        birthDate: nip.value.birthDate,
        serviceStart: nip.value.serviceStart,
        sex: nip.value.sex,
        rankGrade,
        educationLevel,
        fieldOfStudy,
        positionId,
        performance,
      });
    }
  }
  // NIPs that belong to another agency.
  if (problems.length === 0 && parsed.length > 0) {
    const taken = new Map<string, string>();
    for (let i = 0; i < parsed.length; i += 5000) {
      const chunk = parsed.slice(i, i + 5000).map((p) => p.nip);
      const rows = await ctx.db
        .select({ nip: civilServants.nip, agencyId: civilServants.agencyId })
        .from(civilServants)
        .where(inArray(civilServants.nip, chunk));
      for (const r of rows) taken.set(r.nip, r.agencyId);
    }
    for (const p of parsed) {
      const owner = taken.get(p.nip);
      if (owner && owner !== agencyId) {
        problems.push({
          row: p.row,
          column: 'NIP',
          code: 'NIP_OF_ANOTHER_AGENCY',
          message: 'NIP ini terdaftar pada instansi lain.',
        });
      }
    }
  }
  if (problems.length > 0) rejectImport(problems);
  const result = await ctx.db.transaction(async (tx) => {
    let created = 0;
    for (let i = 0; i < parsed.length; i += 1000) {
      const chunk = parsed.slice(i, i + 1000);
      const rows = await tx
        .insert(civilServants)
        .values(
          chunk.map((p) => ({
            agencyId,
            nip: p.nip,
            name: p.name,
            birthDate: p.birthDate,
            serviceStart: p.serviceStart,
            sex: p.sex,
            rankGrade: p.rankGrade,
            educationLevel: p.educationLevel,
            fieldOfStudy: p.fieldOfStudy,
            positionId: p.positionId,
            performance: p.performance,
          })),
        )
        .onConflictDoUpdate({
          target: civilServants.nip,
          set: {
            name: sql`excluded.name`,
            rankGrade: sql`excluded.rank_grade`,
            educationLevel: sql`excluded.education_level`,
            fieldOfStudy: sql`excluded.field_of_study`,
            positionId: sql`excluded.position_id`,
            performance: sql`excluded.performance`,
            updatedAt: sql`now()`,
          },
          where: eq(civilServants.agencyId, agencyId),
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      created += rows.filter((r) => r.inserted).length;
    }
    await refreshOwnRequiredLevels(
      tx,
      sql`cs.agency_id = ${agencyId} and cs.nip = any(${pgArray(parsed.map((p) => p.nip))}::text[])`,
    );
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'civilServant',
      entityId: agencyId,
      action: 'import',
      diff: {
        fileName,
        format: table.format,
        rows: parsed.length,
        created,
        updated: parsed.length - created,
      },
    });
    return { rows: parsed.length, created, updated: parsed.length - created, format: table.format };
  });
  warmTalentIndex(ctx.db, agencyId);
  return result;
}
