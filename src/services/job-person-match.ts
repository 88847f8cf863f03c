/** The match of one civil servant against a position's ratified standard, explained per competency. */
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { positionRequirements } from '../db/schema';
import { DomainError } from '../domain/errors';
import {
  type AssessedLevel,
  jobPersonMatch,
  type RequiredCompetency,
  suggestDevelopment,
} from '../domain/job-person-match';
import type { Importance } from '../domain/job-standard';
import type { CompetencyKind } from '../domain/reference';
import { loadCivilServant } from './civil-servant-access';
import type { ServiceContext } from './context';
import { getPosition } from './manage-positions';
import { effectivePolicy } from './standard-policy';

export async function requirementsOf(ctx: ServiceContext, positionId: string) {
  const rows = await ctx.db
    .select()
    .from(positionRequirements)
    .where(eq(positionRequirements.positionId, positionId));
  if (rows.length === 0) {
    throw new DomainError('NO_RATIFIED_STANDARD', 'Jabatan ini belum memiliki SKJ yang ditetapkan.');
  }
  const required: (RequiredCompetency & { dictionaryId: string })[] = rows.map((r) => ({
    competencyId: `${r.dictionaryId}:${r.code}`,
    dictionaryId: r.dictionaryId,
    code: r.code,
    name: r.name,
    kind: r.kind as CompetencyKind,
    requiredLevel: r.requiredLevel,
    importance: (r.importance as Importance | null) ?? null,
  }));
  const order: Record<string, number> = { managerial: 0, socioCultural: 1, technical: 2 };
  required.sort((a, b) => (order[a.kind] ?? 3) - (order[b.kind] ?? 3) || a.code.localeCompare(b.code));
  return { required, standardId: rows[0]!.standardId };
}

export async function currentLevelsOf(ctx: ServiceContext, civilServantId: string) {
  const rows = await queryRows<{ dictionary_id: string; code: string; level: number; assessed_on: string }>(
    ctx.db,
    sql`select dictionary_id, code, level, assessed_on from current_competency_levels
        where civil_servant_id = ${civilServantId}`,
  );
  return new Map<string, AssessedLevel>(
    rows.map((r) => [`${r.dictionary_id}:${r.code}`, { level: r.level, assessedOn: r.assessed_on }]),
  );
}

export async function matchCivilServant(ctx: ServiceContext, nip: string, positionId?: string) {
  const servant = await loadCivilServant(ctx, nip);
  const targetId = positionId ?? servant.positionId;
  if (!targetId) {
    throw new DomainError('NO_POSITION', 'Pegawai belum menduduki jabatan; pilih jabatan yang dibandingkan.');
  }
  // The servant's own position comes with the servant; another position must be readable itself.
  const position =
    targetId === servant.positionId
      ? { id: targetId, name: servant.positionName!, jobLevel: servant.jobLevel!, agencyId: servant.agencyId }
      : await getPosition(ctx, targetId);
  const { required, standardId } = await requirementsOf(ctx, position.id);
  const assessed = await currentLevelsOf(ctx, servant.id);
  const policy = await effectivePolicy(ctx.db, position.agencyId);
  const weights = policy.competencyWeights[position.jobLevel] ?? null;
  const match = jobPersonMatch(required, assessed, weights);
  return {
    civilServant: {
      nip: servant.nip,
      name: servant.name,
      rankGrade: servant.rankGrade,
      educationLevel: servant.educationLevel,
      performance: servant.performance,
      positionId: servant.positionId,
      positionName: servant.positionName,
    },
    position: { id: position.id, name: position.name, jobLevel: position.jobLevel, standardId },
    weights,
    ...match,
    development: suggestDevelopment(match.rows),
  };
}
