/**
 * The agency's talent pool on the 9-box of practice (PermenPAN-RB 3/2020): kinerja from the SKP
 * rating, potential from the person's potential result — or from the JPM where the policy lets
 * it stand in, counted and shown apart — with each box's recommended action from the policy.
 */
import {
  type JobLevelWeights,
  type PlacedGroup,
  personLabels,
  talentPoolGroups,
  talentPoolMembers,
} from '../db/repositories/talent-pool-repository';
import { categoryFor } from '../domain/job-person-match';
import { nineBox, nineBoxCells, type PotentialBasis, placePotential } from '../domain/nine-box';
import { type PerformanceBand, type PerformanceRating, performanceLabel } from '../domain/performance-rating';
import { talentPolicySources } from '../domain/talent-policy';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { effectivePolicy } from './standard-policy';

const membersPerBox = 50;

/**
 * Placed in two set-based reads, however large the agency: the people grouped by performance,
 * potential result and JPM (the domain places each group), then the best of each box.
 */
export async function talentPool(ctx: ServiceContext, agencyId: string) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const policy = await effectivePolicy(ctx.db, agencyId);
  const weights: JobLevelWeights[] = Object.entries(policy.competencyWeights).map(([jobLevel, w]) => ({
    jobLevel,
    ...w,
  }));
  const groups = await talentPoolGroups(ctx.db, agencyId, weights);
  const counts = new Map<number, Record<PotentialBasis, number>>();
  const placedGroups: PlacedGroup[] = [];
  const unplaced = { noPerformance: 0, noPotential: 0 };
  const basisCount: Record<PotentialBasis, number> = { potentialAssessment: 0, jpm: 0 };
  let civilServants = 0;
  for (const group of groups) {
    civilServants += group.people;
    if (!group.performance) {
      unplaced.noPerformance += group.people;
      continue;
    }
    const jpm = group.percent === null ? null : { percent: group.percent, assessed: group.assessed ? 1 : 0 };
    const potential = placePotential(group.potential ? { band: group.potential } : null, jpm, policy.talent);
    if (!potential) {
      unplaced.noPotential += group.people;
      continue;
    }
    basisCount[potential.basis] += group.people;
    const { box } = nineBox(group.performance, potential.band);
    const count = counts.get(box) ?? { potentialAssessment: 0, jpm: 0 };
    count[potential.basis] += group.people;
    counts.set(box, count);
    placedGroups.push({ ...group, performance: group.performance, box, basis: potential.basis });
  }
  const members = await talentPoolMembers(ctx.db, agencyId, weights, placedGroups, membersPerBox);
  const labels = new Map(
    (
      await personLabels(
        ctx.db,
        members.map((m) => m.id),
      )
    ).map((l) => [l.id, l]),
  );
  return {
    civilServants,
    potentialFallbackToJpm: policy.talent.potential.fallbackToJpm,
    placedBy: basisCount,
    unplaced,
    boxes: nineBoxCells.map((cell) => {
      const count = counts.get(cell.box) ?? { potentialAssessment: 0, jpm: 0 };
      return {
        box: cell.box,
        name: cell.name,
        performance: cell.performance,
        potential: cell.potential,
        recommendation: policy.talent.nineBoxRecommendations[String(cell.box)] ?? '',
        count: count.potentialAssessment + count.jpm,
        byBasis: count,
        members: members
          .filter((m) => m.box === cell.box)
          .map((m) => {
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
              potentialBasis: m.basis as PotentialBasis,
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
