/**
 * Excel exchange of an agency's standards: export the newest version of every standard, import
 * the same shape back as drafts. The import is all-or-nothing with a row report: every position,
 * competency and level is resolved before anything is written, then every standard is written in
 * one transaction (a draft's content replaced, a ratified standard revised into a new draft, a
 * position without a standard given one).
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { pgArray, queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  findOpenStandardForPosition,
  insertStandard,
  listAgencyStandards,
  updateStandardContent,
} from '../db/repositories/job-standard-repository';
import { jobStandards, positions } from '../db/schema';
import { DomainError } from '../domain/errors';
import { emptyJobStandard, type JobStandard } from '../domain/job-standard';
import { diffStandards } from '../domain/job-standard-diff';
import type { PositionGroup } from '../domain/reference';
import type { ExportedStandard, SheetProblem } from '../exports/standards-xlsx';
import { agencyStandardsPolicy } from '../policies/job-standard';
import { buildCompetencyRows, type CompetencyInput } from './compose-job-standard';
import type { ServiceContext } from './context';
import { rejectImport } from './import-problems';
import { getVisibleAgency } from './manage-agencies';
import { effectivePolicy } from './standard-policy';

export async function exportStandardsXlsx(ctx: ServiceContext, agencyId: string) {
  agencyStandardsPolicy.authorize(ctx.actor, 'export', { agencyId });
  const agency = await getVisibleAgency(ctx, agencyId);
  const standards = await listAgencyStandards(ctx.db, agencyId);
  const ids = [...new Set(standards.flatMap((s) => s.content.competencies.map((c) => c.competencyId)))];
  const dictionaryOf = new Map(
    (
      await queryRows<{ id: string; code: string }>(
        ctx.db,
        sql`select c.id, d.code from competencies c
            join dictionary_versions v on v.id = c.dictionary_version_id
            join competency_dictionaries d on d.id = v.dictionary_id
            where c.id = any(${pgArray(ids)}::uuid[])`,
      )
    ).map((r) => [r.id, r.code]),
  );
  const exported: ExportedStandard[] = standards
    .sort((a, b) => a.position_name.localeCompare(b.position_name, 'id'))
    .map((s) => ({
      positionName: s.position_name,
      jobLevel: s.job_level,
      version: s.version,
      status: s.status,
      positionCode: s.position_code,
      requirements: s.content.requirements,
      competencies: s.content.competencies.map((c) => ({
        kind: c.kind,
        dictionaryCode: dictionaryOf.get(c.competencyId) ?? '',
        code: c.code,
        name: c.name,
        requiredLevel: c.requiredLevel,
        importance: c.importance,
        levelDescription: c.levelDescription,
        behaviourIndicators: c.behaviourIndicators,
      })),
    }));
  const { writeStandardsWorkbook } = await import('../exports/standards-xlsx');
  return {
    fileName: `SKJ-${agency.code}.xlsx`,
    bytes: await writeStandardsWorkbook(agency.name, exported),
  };
}

/** Throws unless the actor may import standards into the agency: checked before the upload is read. */
export function authorizeStandardsImport(ctx: ServiceContext, agencyId: string) {
  agencyStandardsPolicy.authorize(
    ctx.actor,
    'compose',
    { agencyId },
    'Hanya admin atau penyusun instansi yang dapat mengimpor SKJ.',
  );
}

export async function importStandardsXlsx(
  ctx: ServiceContext,
  agencyId: string,
  bytes: Uint8Array,
  fileName: string,
) {
  authorizeStandardsImport(ctx, agencyId);
  const { readStandardsWorkbook } = await import('../exports/standards-xlsx');
  const read = await readStandardsWorkbook(bytes);
  if (!read.ok) rejectImport(read.problems);
  const problems: SheetProblem[] = [];
  const agencyPositions = await ctx.db
    .select({
      id: positions.id,
      name: positions.name,
      positionGroup: positions.positionGroup,
      jobLevel: positions.jobLevel,
      governmentAffair: positions.governmentAffair,
      summary: positions.summary,
      tasks: positions.tasks,
      rankMin: positions.rankMin,
    })
    .from(positions)
    // A retired position is no longer on the map: a row naming it finds no position.
    .where(and(eq(positions.agencyId, agencyId), isNull(positions.retiredAt)));
  const byName = new Map<string, (typeof agencyPositions)[number][]>();
  for (const p of agencyPositions) {
    const key = p.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  // (dictionary code, competency code) → competency id in the dictionary's newest ratified version.
  const dictionaryCodes = [
    ...new Set(read.standards.flatMap((s) => s.competencies.map((c) => c.dictionaryCode.toUpperCase()))),
  ];
  const competencyIds = new Map(
    (
      await queryRows<{ dictionary_code: string; code: string; id: string }>(
        ctx.db,
        sql`select upper(d.code) as dictionary_code, upper(c.code) as code, c.id
            from competency_dictionaries d
            join lateral (select v.id from dictionary_versions v where v.dictionary_id = d.id and v.status = 'ratified'
                          order by v.version desc limit 1) v on true
            join competencies c on c.dictionary_version_id = v.id
            where upper(d.code) = any(${pgArray(dictionaryCodes)}::text[])`,
      )
    ).map((r) => [`${r.dictionary_code}|${r.code}`, r.id]),
  );
  const planned: {
    position: (typeof agencyPositions)[number];
    inputs: CompetencyInput[];
    imported: (typeof read.standards)[number];
  }[] = [];
  for (const imported of read.standards) {
    const matches = byName.get(imported.positionName.toLowerCase()) ?? [];
    if (matches.length !== 1) {
      problems.push({
        sheet: 'Kompetensi',
        row: imported.firstRow,
        column: 'Jabatan',
        code: matches.length === 0 ? 'UNKNOWN_POSITION' : 'AMBIGUOUS_POSITION',
        message:
          matches.length === 0
            ? `Jabatan "${imported.positionName}" tidak ada pada instansi ini.`
            : `Ada ${matches.length} jabatan bernama "${imported.positionName}"; bedakan namanya di peta jabatan.`,
      });
      continue;
    }
    const inputs: CompetencyInput[] = [];
    const seen = new Set<string>();
    for (const c of imported.competencies) {
      const key = `${c.dictionaryCode.toUpperCase()}|${c.code.toUpperCase()}`;
      const id = competencyIds.get(key);
      if (!id) {
        problems.push({
          sheet: 'Kompetensi',
          row: c.row,
          column: 'Kode Kompetensi',
          code: 'UNKNOWN_COMPETENCY',
          message: `Kompetensi ${c.code} tidak ada pada versi kamus ${c.dictionaryCode} yang ditetapkan.`,
        });
        continue;
      }
      if (seen.has(id)) {
        problems.push({
          sheet: 'Kompetensi',
          row: c.row,
          column: 'Kode Kompetensi',
          code: 'DUPLICATE_COMPETENCY',
          message: `Kompetensi ${c.code} muncul dua kali untuk jabatan ini.`,
        });
        continue;
      }
      seen.add(id);
      inputs.push({
        competencyId: id,
        requiredLevel: c.requiredLevel,
        importance: c.importance,
        ...(c.levelDescription !== null ? { levelDescription: c.levelDescription } : {}),
        ...(c.behaviourIndicators !== null ? { behaviourIndicators: c.behaviourIndicators } : {}),
      });
    }
    planned.push({ position: matches[0]!, inputs, imported });
  }
  if (problems.length > 0) rejectImport(problems);
  // Levels missing from a dictionary, per row.
  const built = new Map<string, JobStandard['competencies']>();
  for (const plan of planned) {
    try {
      built.set(plan.position.id, await buildCompetencyRows(ctx.db, plan.inputs, agencyId));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const issues =
        (error.details as { issues?: { path: string; message: string; code: string }[] })?.issues ?? [];
      for (const issue of issues) {
        const index = Number(issue.path.split('.')[1]);
        problems.push({
          sheet: 'Kompetensi',
          row: plan.imported.competencies[index]?.row ?? plan.imported.firstRow,
          column: 'Level',
          code: issue.code,
          message: issue.message,
        });
      }
    }
  }
  if (problems.length > 0) rejectImport(problems);
  const policy = await effectivePolicy(ctx.db, agencyId);
  return ctx.db.transaction(async (tx) => {
    const result = { created: 0, updated: 0, revised: 0 };
    for (const plan of planned) {
      const competencies = built.get(plan.position.id)!;
      const open = await findOpenStandardForPosition(tx, plan.position.id);
      if (open && open.status !== 'draft') {
        problems.push({
          sheet: 'Kompetensi',
          row: plan.imported.firstRow,
          column: 'Jabatan',
          code: 'STANDARD_IN_REVIEW',
          message: `SKJ "${plan.position.name}" sedang diverifikasi/divalidasi; kembalikan ke draf sebelum mengimpor.`,
        });
        continue;
      }
      const [latest] = await tx
        .select()
        .from(jobStandards)
        .where(and(eq(jobStandards.positionId, plan.position.id)))
        .orderBy(desc(jobStandards.version))
        .limit(1);
      const base: JobStandard = latest
        ? (latest.content as JobStandard)
        : (() => {
            const fresh = emptyJobStandard({
              positionGroup: plan.position.positionGroup as PositionGroup,
              jobLevel: plan.position.jobLevel,
            });
            fresh.identity = {
              ...fresh.identity,
              positionName: plan.position.name,
              governmentAffair: plan.position.governmentAffair,
              summary: plan.position.summary,
              jobDescription: plan.position.tasks ?? [],
            };
            return fresh;
          })();
      const content: JobStandard = {
        identity: base.identity,
        competencies,
        requirements: plan.imported.requirements,
      };
      let id: string;
      let action: string;
      if (open) {
        id = open.id;
        await updateStandardContent(tx, id, content);
        result.updated++;
        action = 'import';
      } else if (latest) {
        id = await insertStandard(tx, {
          lineageId: latest.lineageId,
          version: latest.version + 1,
          agencyId,
          positionId: plan.position.id,
          content,
          policyName: policy.name,
          originStandardId: latest.originStandardId,
          createdBy: ctx.actor.userId,
        });
        result.revised++;
        action = 'importRevision';
      } else {
        id = await insertStandard(tx, {
          version: 1,
          agencyId,
          positionId: plan.position.id,
          content,
          policyName: policy.name,
          createdBy: ctx.actor.userId,
        });
        result.created++;
        action = 'importCreate';
      }
      await recordAudit(tx, {
        userId: ctx.actor.userId,
        agencyId,
        entity: 'jobStandard',
        entityId: id,
        action,
        diff: {
          fileName,
          ...(latest ? { changes: diffStandards(latest.content as JobStandard, content) } : {}),
        },
      });
    }
    if (problems.length > 0) rejectImport(problems); // rolls the transaction back
    return { standards: planned.length, rows: read.rows, ...result };
  });
}
