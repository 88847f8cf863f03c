/**
 * Import of an agency's existing position map (peta jabatan) from .xlsx or .csv, as a background
 * job: units (reused when the same name sits under the same parent, created otherwise) and
 * positions with their group, level, class (kelas jabatan), B and K (created, or updated when the
 * same code or the same name in the same unit exists). All-or-nothing: one bad row and nothing is
 * written, the row report says why; otherwise one transaction writes everything with its audit.
 * The result names every column of the file as read or ignored.
 */
import { sql } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import { countActiveJobs, insertBackgroundJob } from '../db/repositories/background-job-repository';
import {
  insertImportedPositions,
  insertImportedUnit,
  loadAgencyStructure,
  updateImportedPosition,
} from '../db/repositories/position-map-import-repository';
import { DomainError } from '../domain/errors';
import type { Table } from '../exports/tabular';
import { maxActiveJobsPerAgency } from '../policies/background-job';
import { agencyPositionsPolicy } from '../policies/position';
import type { ServiceContext } from './context';
import type { ImportRowProblem } from './import-problems';
import type { JobQueue, JobRunContext } from './job-queue';
import {
  missingColumns,
  type PlannedPosition,
  type PositionMapColumn,
  planPositionMapImport,
  positionMapColumnAliases,
  positionMapColumnNames,
} from './position-map-import-plan';
import type { StoredUpload } from './start-import';
import type { ImportJobParams } from './table-import';
import { refreshTalentPlacements } from './talent-placement';

export const positionMapImportKind = 'positionMapImport';

/** FORBIDDEN unless the actor administers their agency (`agencyPositionsPolicy.importMap`). */
export function assertCanImportPositionMap(ctx: ServiceContext): string {
  agencyPositionsPolicy.authorize(ctx.actor, 'importMap', { agencyId: ctx.actor.agencyId });
  return ctx.actor.agencyId!;
}

export async function startPositionMapImport(ctx: ServiceContext, jobs: JobQueue, upload: StoredUpload) {
  try {
    const agencyId = assertCanImportPositionMap(ctx);
    if (upload.bytes === 0) throw new DomainError('EMPTY_FILE', 'Berkas kosong.');
    const params: ImportJobParams = { fileName: upload.fileName };
    const jobId = await ctx.db.transaction(async (tx) => {
      if ((await countActiveJobs(tx, agencyId, [positionMapImportKind])) >= maxActiveJobsPerAgency) {
        throw new DomainError(
          'JOB_QUEUE_FULL',
          `Sudah ada ${maxActiveJobsPerAgency} impor peta jabatan instansi ini yang sedang berjalan atau menunggu. Tunggu salah satunya selesai, lalu coba lagi.`,
          { limit: maxActiveJobsPerAgency },
        );
      }
      return insertBackgroundJob(tx, {
        agencyId,
        kind: positionMapImportKind,
        params,
        total: 0,
        createdBy: ctx.actor.userId,
        inputFile: upload.storedName,
      });
    });
    jobs.wake();
    return { jobId };
  } catch (error) {
    await jobs.files.remove(upload.storedName).catch(() => {});
    throw error;
  }
}

/** Every header of the file: the column it was read as, or ignored. */
function columnReport(table: Table<PositionMapColumn>) {
  return {
    mapped: table.headers
      .filter((header) => header.column !== null)
      .map((header) => ({ header: header.text, column: positionMapColumnNames[header.column!] })),
    ignored: table.headers.filter((header) => header.column === null).map((header) => header.text),
  };
}

function rejected(problems: ImportRowProblem[], columns: ReturnType<typeof columnReport>): DomainError {
  problems.sort((a, b) => a.row - b.row);
  return new DomainError(
    'IMPORT_REJECTED',
    `Tidak ada unit atau jabatan yang disimpan karena ada ${problems.length} masalah pada berkas. Perbaiki baris yang disebutkan lalu impor ulang.`,
    { problems: problems.slice(0, 1000), total: problems.length, columns },
  );
}

async function readUpload(context: JobRunContext): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of context.files.read(context.job.inputFile!)) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

export async function runPositionMapImport(context: JobRunContext): Promise<undefined> {
  const { job, database, report } = context;
  const { fileName } = job.params as ImportJobParams;
  if (!job.inputFile)
    throw new DomainError('IMPORT_FILE_MISSING', 'Berkas unggahan impor ini tidak ada lagi. Unggah ulang.');
  report({ phase: 'reading', rowsRead: 0, rowsRejected: 0 });
  const { readTable } = await import('../exports/tabular');
  const table = await readTable<PositionMapColumn>(
    await readUpload(context),
    fileName,
    positionMapColumnAliases,
  );
  const columns = columnReport(table);
  const cellProblems: ImportRowProblem[] = table.cellProblems.map((p) => ({
    row: p.row,
    column: positionMapColumnNames[p.column],
    code: p.code === 'INVALID_TEXT' ? p.code : 'CELL_UNREADABLE',
    message: p.message,
  }));
  const structural = missingColumns(table.columns);
  if (structural.length > 0) throw rejected(structural, columns);
  if (table.rows.length === 0)
    throw rejected(
      [{ row: 1, column: null, code: 'NO_ROWS', message: 'Berkas tidak berisi baris data.' }],
      columns,
    );
  report({ phase: 'checking', rowsRead: table.rows.length });
  const existing = await loadAgencyStructure(database.db, job.agencyId);
  const unreadable = new Set(cellProblems.map((p) => `${p.row}\u0000${p.column}`));
  const plan = planPositionMapImport(table.rows, table.columns, existing);
  const problems = [
    ...cellProblems,
    ...plan.problems.filter((p) => !unreadable.has(`${p.row}\u0000${p.column}`)),
  ];
  if (problems.length > 0) {
    report({ rowsRejected: new Set(problems.map((p) => p.row)).size });
    throw rejected(problems, columns);
  }
  report({ phase: 'applying', rowsRejected: 0 });
  const audit = (
    tx: Parameters<typeof recordAudit>[0],
    entity: string,
    entityId: string,
    action: string,
    diff: unknown,
  ) => recordAudit(tx, { userId: job.createdBy, agencyId: job.agencyId, entity, entityId, action, diff });
  await database.db.transaction(async (tx) => {
    const unitIds = new Map(plan.existingUnits);
    for (const unit of plan.newUnits) {
      const parentId =
        unit.parent === null
          ? null
          : 'existingId' in unit.parent
            ? unit.parent.existingId
            : unitIds.get(unit.parent.plannedKey)!;
      const id = await insertImportedUnit(tx, { agencyId: job.agencyId, parentId, name: unit.name });
      unitIds.set(unit.key, id);
      await audit(tx, 'orgUnit', id, 'create', {
        after: { parentId, name: unit.name },
        source: 'positionMapImport',
      });
    }
    const toCreate: PlannedPosition[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const position of plan.positions) {
      const orgUnitId = unitIds.get(position.unitPathKey)!;
      if (!position.existing) {
        toCreate.push(position);
        continue;
      }
      const before = position.existing;
      const wanted = { ...position.values, orgUnitId };
      const changes = Object.fromEntries(
        Object.entries(wanted).filter(
          ([key, value]) => value !== undefined && before[key as keyof typeof before] !== value,
        ),
      );
      if (Object.keys(changes).length === 0) {
        unchanged++;
        continue;
      }
      await updateImportedPosition(tx, before.id, changes);
      // The JPM of the holders weighs the kinds by the job level: their boxes may move.
      if ('jobLevel' in changes) {
        await refreshTalentPlacements(tx, job.agencyId, sql`cs.position_id = ${before.id}`);
      }
      await audit(tx, 'position', before.id, 'update', {
        before: Object.fromEntries(
          Object.keys(changes).map((key) => [key, before[key as keyof typeof before]]),
        ),
        after: changes,
        source: 'positionMapImport',
      });
      updated++;
    }
    const values = toCreate.map((position) => ({
      ...position.values,
      jobGrade: position.values.jobGrade ?? null,
      positionCode: position.values.positionCode ?? null,
      orgUnitId: unitIds.get(position.unitPathKey)!,
    }));
    const ids = await insertImportedPositions(tx, job.agencyId, values);
    for (const [k, id] of ids.entries())
      await audit(tx, 'position', id, 'create', { after: values[k], source: 'positionMapImport' });
    const result = {
      rows: table.rows.length,
      units: { created: plan.newUnits.length, reused: plan.reusedUnits },
      positions: { created: ids.length, updated, unchanged },
      columns,
      format: table.format,
    };
    await audit(tx, 'agencyPositions', job.agencyId, 'import', {
      fileName,
      format: table.format,
      // The home page's "recent imports" shows the row count, as for the other imports.
      rows: table.rows.length,
      units: result.units,
      positions: result.positions,
    });
    await context.finish(tx, { result, rowsRead: table.rows.length, rowsRejected: 0 });
  });
  return undefined;
}
