/**
 * Import of civil servants (pegawai) from .xlsx or .csv, as a background job (`table-import.ts`):
 * one row per NIP, all-or-nothing with a row-level report; an NIP already in the agency is
 * updated, a new one created. An NIP of another agency is refused (moving people between agencies
 * is not an import).
 */
import { eq } from 'drizzle-orm';
import { talentRevisionKey } from '../db/repositories/data-revision-repository';
import type { StagedValue } from '../db/repositories/import-staging-repository';
import {
  applyStagedCivilServants,
  checkStagedCivilServants,
  civilServantStagingColumns,
  civilServantStagingIndexes,
  stagedCivilServantIdChunks,
} from '../db/repositories/talent-import-repository';
import { positions } from '../db/schema';
import { normalizeEducationLevel, normalizeRankGrade } from '../domain/import-spellings';
import { parseNip } from '../domain/nip';
import { parsePerformance } from '../domain/performance-rating';
import { fieldHeaders } from '../domain/siasn-columns';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import type { JobRunContext } from './job-queue';
import { type RowProblem, runTableImport, type TableImport } from './table-import';
import { warmTalentIndex } from './talent-index';
import { placementChunkPeople, refreshTalentPlacementsOf } from './talent-placement';

export const civilServantImportKind = 'civilServantImport';

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

/** The actor's agency, if they may manage its civil servants (`talentPolicy`); FORBIDDEN otherwise. */
export function assertCanManageCivilServants(ctx: ServiceContext): string {
  talentPolicy.authorize(ctx.actor, 'manage', { agencyId: ctx.actor.agencyId });
  return ctx.actor.agencyId!;
}

interface Lookups {
  /** Lower-cased position name → the agency's positions of that name. */
  positionsByName: Map<string, string[]>;
  today: Date;
}

/** The import as the job runs it; `today` bounds the NIP's dates (tests move it). */
export function civilServantImport(today: () => Date = () => new Date()): TableImport<Column, Lookups> {
  return {
    entity: 'civilServant',
    columnNames: civilServantColumns,
    aliases: columnAliases,
    required: ['nip', 'name'],
    stagingColumns: civilServantStagingColumns,
    stagingIndexes: civilServantStagingIndexes,
    async prepare(db, scope) {
      const agencyPositions = await db
        .select({ id: positions.id, name: positions.name })
        .from(positions)
        .where(eq(positions.agencyId, scope.agencyId));
      const positionsByName = new Map<string, string[]>();
      for (const p of agencyPositions) {
        const key = p.name.trim().toLowerCase();
        positionsByName.set(key, [...(positionsByName.get(key) ?? []), p.id]);
      }
      return { positionsByName, today: today() };
    },
    checkRow({ cells }, { positionsByName, today }) {
      const problems: RowProblem[] = [];
      const problem = (column: Column, code: string, message: string) =>
        problems.push({ column: civilServantColumns[column], code, message });
      const nipText = cells.get('nip') ?? '';
      const nip = parseNip(nipText, today);
      if (!nip.ok) problem('nip', nip.code, nip.message);
      const name = cells.get('name') ?? '';
      if (!name) problem('name', 'REQUIRED', 'Nama wajib diisi.');
      else if (name.length > 200) problem('name', 'TOO_LONG', 'Nama paling panjang 200 karakter.');
      const rankText = cells.get('rank');
      const rankGrade = rankText ? normalizeRankGrade(rankText) : null;
      if (rankText && !rankGrade)
        problem('rank', 'UNKNOWN_RANK', `Golongan "${rankText}" tidak dikenal (contoh: III/c).`);
      const educationText = cells.get('education');
      const educationLevel = educationText ? normalizeEducationLevel(educationText) : null;
      if (educationText && !educationLevel) {
        problem(
          'education',
          'UNKNOWN_EDUCATION',
          `Jenjang pendidikan "${educationText}" tidak dikenal (contoh: S-1, D-III).`,
        );
      }
      const fieldOfStudy = cells.get('fieldOfStudy') ?? null;
      if (fieldOfStudy && fieldOfStudy.length > 200)
        problem('fieldOfStudy', 'TOO_LONG', 'Jurusan paling panjang 200 karakter.');
      const positionText = cells.get('position');
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
      const performanceText = cells.get('performance');
      const performance = performanceText ? parsePerformance(performanceText) : null;
      if (performanceText && !performance) {
        problem(
          'performance',
          'UNKNOWN_PERFORMANCE',
          `Predikat kinerja "${performanceText}" tidak dikenal (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang).`,
        );
      }
      if (!nip.ok) return { problems, staged: null };
      // Every row with a readable NIP is staged, so an NIP twice in the file is found whatever
      // else is wrong with either row; only a row without problems carries its values.
      const normalizedNip = nipText.replace(/\s+/g, '');
      const ok = problems.length === 0;
      const staged: StagedValue[] = ok
        ? [
            normalizedNip,
            true,
            name,
            nip.value.birthDate,
            nip.value.serviceStart,
            nip.value.sex,
            rankGrade,
            educationLevel,
            fieldOfStudy,
            positionId,
            performance?.band ?? null,
            performance?.rating ?? null,
          ]
        : [normalizedNip, false, null, null, null, null, null, null, null, null, null, null];
      return { problems, staged };
    },
    checkStaged: (staging, scope, chunkRows) =>
      checkStagedCivilServants(staging.connection.db, staging, scope.agencyId, chunkRows),
    async apply(tx, staging, scope, chunkRows) {
      const { created, written } = await applyStagedCivilServants(tx, staging, scope.agencyId, chunkRows);
      // Performance and positions came with the rows: their people's boxes follow.
      await refreshTalentPlacementsOf(
        tx,
        scope.agencyId,
        stagedCivilServantIdChunks(tx, staging, scope.agencyId, placementChunkPeople),
      );
      const counts = { rows: written, created, updated: written - created };
      return { result: counts, audit: counts };
    },
    analyze: ['civil_servants', 'own_position_matches', 'position_competency_results', 'talent_placements'],
    revisionKey: talentRevisionKey,
    afterApply: warmTalentIndex,
  };
}

export function runCivilServantImport(context: JobRunContext) {
  return runTableImport(civilServantImport(), context);
}
