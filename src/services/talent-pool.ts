/**
 * The agency's talent pool on the 9-box of practice (PermenPAN-RB 3/2020): kinerja from the SKP
 * rating, potential from the person's potential result — or from the JPM where the policy lets
 * it stand in, counted and shown apart — with each box's recommended action from the policy.
 */
import { personLabels, talentBoxCounts, talentBoxMembers } from '../db/repositories/talent-pool-repository';
import { categoryFor } from '../domain/job-person-match';
import { nineBoxCells, type PotentialBasis } from '../domain/nine-box';
import { type PerformanceBand, type PerformanceRating, performanceLabel } from '../domain/performance-rating';
import { talentPolicySources } from '../domain/talent-policy';
import { talentPolicy } from '../policies/civil-servant';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { effectivePolicy } from './standard-policy';

const membersPerBox = 50;

/**
 * Read from the maintained placement (`talent-placement.ts`), however large the agency: the
 * counts per box and basis, then the first `membersPerBox` rows of each box's index.
 */
export async function talentPool(ctx: ServiceContext, agencyId: string) {
  talentPolicy.authorize(ctx.actor, 'readTalent', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const policy = await effectivePolicy(ctx.db, agencyId);
  const [countRows, members] = await Promise.all([
    talentBoxCounts(ctx.db, agencyId),
    talentBoxMembers(ctx.db, agencyId, membersPerBox),
  ]);
  const counts = new Map<number, Record<PotentialBasis, number>>();
  const unplaced = { noPerformance: 0, noPotential: 0 };
  const basisCount: Record<PotentialBasis, number> = { potentialAssessment: 0, jpm: 0 };
  let civilServants = 0;
  for (const row of countRows) {
    civilServants += row.people;
    if (row.box === 0) {
      unplaced[row.basis as keyof typeof unplaced] += row.people;
      continue;
    }
    const basis = row.basis as PotentialBasis;
    basisCount[basis] += row.people;
    const count = counts.get(row.box) ?? { potentialAssessment: 0, jpm: 0 };
    count[basis] += row.people;
    counts.set(row.box, count);
  }
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
