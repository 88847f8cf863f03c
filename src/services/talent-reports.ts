/**
 * Reports over many civil servants, each one set-based statement: candidates for a position
 * (ranked by the JPM, with requirement checks and the position-filling category) and an org
 * unit's gap heatmap with its training needs. The 9-box is `talent-pool.ts`.
 */
import { eq, sql } from 'drizzle-orm';
import { pgArray, queryRows } from '../db/client';
import { findOrgUnit } from '../db/repositories/agency-repository';
import { unitGapCells } from '../db/repositories/talent-repository';
import { jobStandards } from '../db/schema';
import { checkCandidate } from '../domain/candidate-checks';
import { DomainError } from '../domain/errors';
import { categoryFor } from '../domain/job-person-match';
import type { JobStandard } from '../domain/job-standard';
import { type PerformanceBand, type PerformanceRating, performanceLabel } from '../domain/performance-rating';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { requirementsOf } from './job-person-match';
import { getPosition, refuseRetiredPosition } from './manage-positions';
import { effectivePolicy } from './standard-policy';
import { rankByRequirements, talentIndex } from './talent-index';

export { talentPool } from './talent-pool';

interface CandidateRow {
  id: string;
  nip: string;
  name: string;
  agency_name: string;
  rank_grade: string | null;
  education_level: string | null;
  service_start: string;
  position_id: string | null;
  position_name: string | null;
  performance: PerformanceBand | null;
  performance_rating: PerformanceRating | null;
  readiness: string | null;
  percent: number;
  met: number;
  assessed: number;
}

/**
 * Civil servants ranked by their JPM against the position's ratified standard (weighted where the
 * policy has weights for the job level, as on the person's match and the 9-box): the agency's
 * own, or nationally (national roles, or `scope=national` for JPT positions, whose open selection
 * is national). The category is the position-filling set (Memenuhi Syarat …). Requirement
 * checks: education level, minimum rank, years of service.
 */
export async function rankCandidates(
  ctx: ServiceContext,
  positionId: string,
  options: { scope: 'agency' | 'national'; limit: number },
  today: Date = new Date(),
) {
  const position = await getPosition(ctx, positionId);
  const scope = { agencyId: position.agencyId, positionGroup: position.positionGroup };
  talentPolicy.authorize(ctx.actor, 'readTalent', scope);
  if (options.scope === 'national' && !talentPolicy.can(ctx.actor, 'rankNationally', scope)) {
    throw new DomainError(
      'NATIONAL_SCOPE_NOT_ALLOWED',
      'Pencarian kandidat nasional hanya untuk jabatan pimpinan tinggi (seleksi terbuka) atau peran nasional.',
    );
  }
  refuseRetiredPosition(position, 'kandidatnya tidak lagi dicari');
  const { required, standardId } = await requirementsOf(ctx, position.id);
  const policy = await effectivePolicy(ctx.db, position.agencyId);
  const weights = policy.competencyWeights[position.jobLevel] ?? null;
  const index = await talentIndex(ctx.db, options.scope === 'agency' ? position.agencyId : null);
  const ranked = rankByRequirements(
    index,
    required.map((r) => ({
      key: `${r.dictionaryId}:${r.code}`,
      requiredLevel: r.requiredLevel,
      kind: r.kind,
    })),
    options.limit,
    weights,
  );
  const scores = new Map(ranked.map((r) => [r.civilServantId, r]));
  const details = await queryRows<Omit<CandidateRow, 'met' | 'assessed' | 'percent'>>(
    ctx.db,
    sql`select cs.id, cs.nip, cs.name, a.name as agency_name, cs.rank_grade, cs.education_level, cs.service_start,
          cs.position_id, p.name as position_name, cs.performance, cs.performance_rating, sn.readiness
        from civil_servants cs
        join agencies a on a.id = cs.agency_id
        left join positions p on p.id = cs.position_id
        left join succession_nominations sn on sn.position_id = ${position.id} and sn.civil_servant_id = cs.id
        where cs.id = any(${pgArray(ranked.map((r) => r.civilServantId))}::uuid[])`,
  );
  const rows: CandidateRow[] = details
    .map((d) => ({ ...d, ...scores.get(d.id)! }))
    .sort((a, b) => b.percent - a.percent || b.met - a.met || a.name.localeCompare(b.name, 'id'));
  const [standard] = await ctx.db
    .select({ content: jobStandards.content })
    .from(jobStandards)
    .where(eq(jobStandards.id, standardId));
  const requirements = (standard?.content as JobStandard | undefined)?.requirements;
  return {
    position: { id: position.id, name: position.name, jobLevel: position.jobLevel, standardId },
    scope: options.scope,
    method: weights ? ('weighted' as const) : ('unweighted' as const),
    weights,
    categoryPurpose: 'positionFilling' as const,
    categories: policy.talent.categorySets.positionFilling,
    requirements: {
      educationLevels: requirements?.education.levels ?? [],
      minRank: requirements?.rank.minGrade ?? null,
      minYears: requirements?.experience.years ?? null,
    },
    items: rows.map((r, index) => {
      const category = categoryFor(r.percent, 'positionFilling', policy.talent.categorySets);
      const checks = checkCandidate(
        requirements,
        { educationLevel: r.education_level, rankGrade: r.rank_grade, serviceStart: r.service_start },
        today,
      );
      return {
        rank: index + 1,
        nip: r.nip,
        name: r.name,
        agencyName: r.agency_name,
        currentPosition: r.position_name,
        performance: r.performance,
        performanceRating: r.performance_rating,
        performanceLabel: performanceLabel(r.performance_rating, r.performance),
        percent: r.percent,
        category: category.name,
        categoryCode: category.code,
        assessedCompetencies: r.assessed,
        requiredCompetencies: required.length,
        checks: { education: checks.education, rank: checks.rank, experience: checks.experience },
        meetsRequirements: checks.meetsRequirements,
        yearsOfService: checks.yearsOfService,
        successorReadiness: r.readiness,
      };
    }),
  };
}

/**
 * Competency × position average gap (required − assessed, missing results counting as 0) over
 * the civil servants holding the unit's positions (sub-units included), and the training needs:
 * per competency, how many people fall short.
 */
export async function gapHeatmap(ctx: ServiceContext, orgUnitId: string) {
  const unit = await findOrgUnit(ctx.db, orgUnitId);
  if (!unit) throw new DomainError('ORG_UNIT_NOT_FOUND', 'Unit organisasi tidak ditemukan.');
  if (!talentPolicy.can(ctx.actor, 'read', unit)) {
    throw new DomainError('ORG_UNIT_NOT_FOUND', 'Unit organisasi tidak ditemukan.');
  }
  talentPolicy.authorize(ctx.actor, 'readTalent', unit);
  const cells = await unitGapCells(ctx.db, orgUnitId);
  const positionsMap = new Map<string, { id: string; name: string; holders: number }>();
  const competencyMap = new Map<
    string,
    { key: string; code: string; name: string; kind: string; short: number }
  >();
  for (const c of cells) {
    const p = positionsMap.get(c.position_id) ?? { id: c.position_id, name: c.position_name, holders: 0 };
    p.holders = Math.max(p.holders, c.holders);
    positionsMap.set(c.position_id, p);
    const key = `${c.dictionary_id}:${c.code}`;
    const comp = competencyMap.get(key) ?? { key, code: c.code, name: c.name, kind: c.kind, short: 0 };
    comp.short += c.short;
    competencyMap.set(key, comp);
  }
  const kindOrder: Record<string, number> = { managerial: 0, socioCultural: 1, technical: 2 };
  const competencies = [...competencyMap.values()].sort(
    (a, b) => (kindOrder[a.kind] ?? 3) - (kindOrder[b.kind] ?? 3) || a.code.localeCompare(b.code),
  );
  const trainingByKind: Record<string, string> = {
    managerial: 'Pelatihan kepemimpinan/manajerial',
    socioCultural: 'Pelatihan sosial kultural',
    technical: 'Pelatihan teknis',
  };
  return {
    unit: { id: unit.id, name: unit.name },
    positions: [...positionsMap.values()],
    competencies: competencies.map(({ key, code, name, kind }) => ({ key, code, name, kind })),
    cells: cells.map((c) => ({
      positionId: c.position_id,
      competencyKey: `${c.dictionary_id}:${c.code}`,
      requiredLevel: c.required_level,
      averageGap: c.avg_gap,
      short: c.short,
      holders: c.holders,
    })),
    trainingNeeds: competencies
      .filter((c) => c.short > 0)
      .sort((a, b) => b.short - a.short)
      .map((c) => ({
        code: c.code,
        name: c.name,
        kind: c.kind,
        people: c.short,
        suggestion: `${trainingByKind[c.kind] ?? 'Pelatihan'}: ${c.name}`,
      })),
  };
}
