/**
 * Reports over many civil servants, each one set-based statement: candidates for a position
 * (ranked by the match, with requirement checks), the agency's talent pool (9-box) and an org
 * unit's gap heatmap with its training needs.
 */
import { eq, sql } from 'drizzle-orm';
import { pgArray, queryRows } from '../db/client';
import { findOrgUnit } from '../db/repositories/agency-repository';
import { matchOwnPositions } from '../db/repositories/talent-repository';
import { jobStandards } from '../db/schema';
import { checkCandidate } from '../domain/candidate-checks';
import { DomainError } from '../domain/errors';
import { categoryFor, nineBox, type PerformanceBand, potentialBandFor } from '../domain/job-person-match';
import type { JobStandard } from '../domain/job-standard';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { requirementsOf } from './job-person-match';
import { getVisibleAgency } from './manage-agencies';
import { getPosition } from './manage-positions';
import { rankByRequirements, talentIndex } from './talent-index';

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
  met: number;
  assessed: number;
}

/**
 * Civil servants ranked by their unweighted match against the position's ratified standard: the
 * agency's own, or nationally (national roles, or `scope=national` for JPT positions, whose open
 * selection is national). Requirement checks: education level, minimum rank, years of service.
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
  const { required, standardId } = await requirementsOf(ctx, position.id);
  const totalRequired = required.reduce((n, r) => n + r.requiredLevel, 0);
  const index = await talentIndex(ctx.db, options.scope === 'agency' ? position.agencyId : null);
  const ranked = rankByRequirements(
    index,
    required.map((r) => ({ key: `${r.dictionaryId}:${r.code}`, requiredLevel: r.requiredLevel })),
    options.limit,
  );
  const scores = new Map(ranked.map((r) => [r.civilServantId, r]));
  const details = await queryRows<Omit<CandidateRow, 'met' | 'assessed'>>(
    ctx.db,
    sql`select cs.id, cs.nip, cs.name, a.name as agency_name, cs.rank_grade, cs.education_level, cs.service_start,
          cs.position_id, p.name as position_name, cs.performance
        from civil_servants cs
        join agencies a on a.id = cs.agency_id
        left join positions p on p.id = cs.position_id
        where cs.id = any(${pgArray(ranked.map((r) => r.civilServantId))}::uuid[])`,
  );
  const rows: CandidateRow[] = details
    .map((d) => ({ ...d, met: scores.get(d.id)!.met, assessed: scores.get(d.id)!.assessed }))
    .sort((a, b) => b.met - a.met || a.name.localeCompare(b.name, 'id'));
  const [standard] = await ctx.db
    .select({ content: jobStandards.content })
    .from(jobStandards)
    .where(eq(jobStandards.id, standardId));
  const requirements = (standard?.content as JobStandard | undefined)?.requirements;
  return {
    position: { id: position.id, name: position.name, jobLevel: position.jobLevel, standardId },
    scope: options.scope,
    requirements: {
      educationLevels: requirements?.education.levels ?? [],
      minRank: requirements?.rank.minGrade ?? null,
      minYears: requirements?.experience.years ?? null,
    },
    items: rows.map((r, index) => {
      const percent = Math.round((1000 * r.met) / totalRequired) / 10;
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
        percent,
        category: categoryFor(percent),
        assessedCompetencies: r.assessed,
        requiredCompetencies: required.length,
        checks: { education: checks.education, rank: checks.rank, experience: checks.experience },
        meetsRequirements: checks.meetsRequirements,
        yearsOfService: checks.yearsOfService,
      };
    }),
  };
}

/** 9-box of the agency: performance band × potential band (from the match with the own position). */
export async function talentPool(ctx: ServiceContext, agencyId: string) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const matches = await matchOwnPositions(ctx.db, agencyId);
  const people = await queryRows<{
    id: string;
    nip: string;
    name: string;
    performance: PerformanceBand | null;
    position_name: string | null;
  }>(
    ctx.db,
    sql`select cs.id, cs.nip, cs.name, cs.performance, p.name as position_name
        from civil_servants cs left join positions p on p.id = cs.position_id
        where cs.agency_id = ${agencyId}`,
  );
  const matchById = new Map(matches.map((m) => [m.civil_servant_id, m]));
  const boxes = Array.from({ length: 9 }, (_, i) => ({
    box: i + 1,
    name: '',
    performance: '' as PerformanceBand,
    potential: '',
    count: 0,
    members: [] as { nip: string; name: string; positionName: string | null; percent: number }[],
  }));
  const unplaced = { noPerformance: 0, noMatch: 0 };
  for (const person of people) {
    const match = matchById.get(person.id);
    if (!match || match.assessed === 0) {
      unplaced.noMatch++;
      continue;
    }
    if (!person.performance) {
      unplaced.noPerformance++;
      continue;
    }
    const placed = nineBox(person.performance, potentialBandFor(match.percent));
    const box = boxes[placed.box - 1]!;
    box.count++;
    if (box.members.length < 50) {
      box.members.push({
        nip: person.nip,
        name: person.name,
        positionName: person.position_name,
        percent: match.percent,
      });
    }
  }
  for (const box of boxes) {
    const grid = [
      ['below', 'low'],
      ['below', 'medium'],
      ['meets', 'low'],
      ['below', 'high'],
      ['meets', 'medium'],
      ['above', 'low'],
      ['meets', 'high'],
      ['above', 'medium'],
      ['above', 'high'],
    ] as const;
    const [performance, potential] = grid[box.box - 1]!;
    const placed = nineBox(performance, potential);
    Object.assign(box, { name: placed.name, performance, potential });
    box.members.sort((a, b) => b.percent - a.percent);
  }
  return { civilServants: people.length, boxes, unplaced };
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
  const cells = await queryRows<{
    position_id: string;
    position_name: string;
    dictionary_id: string;
    code: string;
    name: string;
    kind: string;
    required_level: number;
    holders: number;
    avg_gap: number;
    short: number;
  }>(
    ctx.db,
    sql`with recursive units as (
          select id from org_units where id = ${orgUnitId}
          union all select u.id from org_units u join units on u.parent_id = units.id
        )
        select p.id as position_id, p.name as position_name, r.dictionary_id, r.code, r.name, r.kind, r.required_level,
          count(cs.id)::int as holders,
          round(avg(r.required_level - coalesce(l.level, 0))::numeric, 2)::float8 as avg_gap,
          count(*) filter (where r.required_level > coalesce(l.level, 0))::int as short
        from positions p
        join position_requirements r on r.position_id = p.id
        join civil_servants cs on cs.position_id = p.id
        left join current_competency_levels l
          on l.civil_servant_id = cs.id and l.dictionary_id = r.dictionary_id and l.code = r.code
        where p.org_unit_id in (select id from units)
        group by p.id, p.name, r.dictionary_id, r.code, r.name, r.kind, r.required_level
        order by p.name, r.kind, r.code`,
  );
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
