/**
 * The agency's talent pool on the 9-box of practice (PermenPAN-RB 3/2020): kinerja from the SKP
 * rating, potential from the person's potential result — or from the JPM where the policy lets
 * it stand in, counted and shown apart — with each box's recommended action from the policy.
 */
import { personLabels, talentPoolRows } from '../db/repositories/talent-pool-repository';
import { categoryFor, type KindSums, matchPercent } from '../domain/job-person-match';
import { nineBox, nineBoxCells, type PotentialBasis, placePotential } from '../domain/nine-box';
import { type PerformanceBand, type PerformanceRating, performanceLabel } from '../domain/performance-rating';
import type { CompetencyKind } from '../domain/reference';
import { talentPolicySources } from '../domain/talent-policy';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { effectivePolicy } from './standard-policy';

const membersPerBox = 50;

export async function talentPool(ctx: ServiceContext, agencyId: string) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const policy = await effectivePolicy(ctx.db, agencyId);
  const rows = await talentPoolRows(ctx.db, agencyId);
  const placed = new Map<number, { id: string; percent: number | null; basis: PotentialBasis }[]>();
  const unplaced = { noPerformance: 0, noPotential: 0 };
  const basisCount: Record<PotentialBasis, number> = { potentialAssessment: 0, jpm: 0 };
  for (const row of rows) {
    const hasStandard = (row.req_sc ?? 0) + (row.req_m ?? 0) + (row.req_t ?? 0) > 0;
    const jpm = hasStandard
      ? {
          percent: matchPercent(
            kindSums(row),
            (row.job_level && policy.competencyWeights[row.job_level]) || null,
          ).percent,
          assessed: row.assessed,
        }
      : null;
    if (!row.performance) {
      unplaced.noPerformance++;
      continue;
    }
    const potential = placePotential(row.potential ? { band: row.potential } : null, jpm, policy.talent);
    if (!potential) {
      unplaced.noPotential++;
      continue;
    }
    basisCount[potential.basis]++;
    const { box } = nineBox(row.performance, potential.band);
    const list = placed.get(box) ?? [];
    list.push({ id: row.id, percent: jpm && jpm.assessed > 0 ? jpm.percent : null, basis: potential.basis });
    placed.set(box, list);
  }
  const shown = new Map<number, { id: string; percent: number | null; basis: PotentialBasis }[]>();
  for (const [box, list] of placed) {
    list.sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1));
    shown.set(box, list.slice(0, membersPerBox));
  }
  const labels = new Map(
    (
      await personLabels(
        ctx.db,
        [...shown.values()].flat().map((m) => m.id),
      )
    ).map((l) => [l.id, l]),
  );
  return {
    civilServants: rows.length,
    potentialFallbackToJpm: policy.talent.potential.fallbackToJpm,
    placedBy: basisCount,
    unplaced,
    boxes: nineBoxCells.map((cell) => {
      const all = placed.get(cell.box) ?? [];
      return {
        box: cell.box,
        name: cell.name,
        performance: cell.performance,
        potential: cell.potential,
        recommendation: policy.talent.nineBoxRecommendations[String(cell.box)] ?? '',
        count: all.length,
        byBasis: {
          potentialAssessment: all.filter((m) => m.basis === 'potentialAssessment').length,
          jpm: all.filter((m) => m.basis === 'jpm').length,
        },
        members: (shown.get(cell.box) ?? []).map((m) => {
          const label = labels.get(m.id)!;
          return {
            nip: label.nip,
            name: label.name,
            positionName: label.position_name,
            percent: m.percent,
            category:
              m.percent === null
                ? null
                : categoryFor(m.percent, 'competencyMapping', policy.talent.categorySets).name,
            potentialBasis: m.basis,
            performanceLabel: performanceLabel(
              label.performance_rating as PerformanceRating | null,
              label.performance as PerformanceBand | null,
            ),
          };
        }),
      };
    }),
    sources: { nineBox: talentPolicySources.nineBox, performance: talentPolicySources.performance },
  };
}

function kindSums(row: {
  req_sc: number | null;
  req_m: number | null;
  req_t: number | null;
  met_sc: number | null;
  met_m: number | null;
  met_t: number | null;
}): Partial<Record<CompetencyKind, KindSums>> {
  return {
    socioCultural: { met: Number(row.met_sc ?? 0), required: Number(row.req_sc ?? 0) },
    managerial: { met: Number(row.met_m ?? 0), required: Number(row.req_m ?? 0) },
    technical: { met: Number(row.met_t ?? 0), required: Number(row.req_t ?? 0) },
  };
}
