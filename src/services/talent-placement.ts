/**
 * The maintained 9-box placement (`talent_placements`, `talent_box_counts`): every civil servant's
 * box under the agency's policy, placed by the domain (`placePotential`, `nineBox`). Each write
 * to an input calls `refreshTalentPlacements` in its own transaction — performance (civil-servant
 * import), potential results (import, manual entry), current levels and what the own position
 * requires (assessment import, 360° round, ratification), the position's job level, the policy —
 * so the talent pool never reads a stale box.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  agenciesNotYetPlaced,
  type JobLevelWeights,
  lockTalentPlacements,
  type PlacedGroup,
  peopleAfter,
  placementGroups,
  type TalentPoolGroup,
  writeTalentPlacements,
} from '../db/repositories/talent-pool-repository';
import type { StandardPolicy } from '../domain/job-standard-policy';
import { nineBox, placePotential } from '../domain/nine-box';
import { effectivePolicy } from './standard-policy';

/** The job levels' weights of the policy, as the stored JPM applies them. */
export function jobLevelWeights(policy: StandardPolicy): JobLevelWeights[] {
  return Object.entries(policy.competencyWeights).map(([jobLevel, w]) => ({ jobLevel, ...w }));
}

/** Where the domain places a group of alike people. */
export function placeGroup(group: TalentPoolGroup, policy: StandardPolicy): PlacedGroup {
  const key = {
    performance: group.performance,
    potential: group.potential,
    percent: group.percent,
    assessed: group.assessed,
  };
  if (!group.performance) return { ...key, box: 0, basis: 'noPerformance' };
  const jpm = group.percent === null ? null : { percent: group.percent, assessed: group.assessed ? 1 : 0 };
  const potential = placePotential(group.potential ? { band: group.potential } : null, jpm, policy.talent);
  if (!potential) return { ...key, box: 0, basis: 'noPotential' };
  return { ...key, box: nineBox(group.performance, potential.band).box, basis: potential.basis };
}

/**
 * Places again the people of one agency that `scope` selects (a condition on `civil_servants cs`;
 * default: all of them), under the agency's policy as `db` sees it once the agency's placement
 * lock is held (`policy`: only the one the same transaction just wrote). Call it inside the
 * transaction that changed their inputs. Answers how many were placed.
 */
export async function refreshTalentPlacements(
  db: Db,
  agencyId: string,
  scope: SQL = sql`true`,
  policy?: StandardPolicy,
  chunkPeople = placementChunkPeople,
): Promise<number> {
  return refreshTalentPlacementsOf(db, agencyId, peopleOfScope(db, agencyId, scope, chunkPeople), policy);
}

/** The ids of the agency's people in `scope`, `size` at a time by id (read once the lock is held). */
async function* peopleOfScope(db: Db, agencyId: string, scope: SQL, size: number) {
  let after: string | null = null;
  for (;;) {
    const ids = await peopleAfter(db, agencyId, scope, after, size);
    if (ids.length > 0) yield ids;
    if (ids.length < size) return;
    after = ids.at(-1)!;
  }
}

/**
 * Places again the people whose ids `chunks` yields, a chunk per statement: on PGlite a statement
 * holds the Node thread, and one over the 300,000 people of an import held it ≈ 13 s (issue 14).
 * An import passes its people's ids read in ranges of its staging: a condition such as
 * `cs.nip in (select nip from staging)` would be matched against the whole staging for every chunk.
 */
export async function refreshTalentPlacementsOf(
  db: Db,
  agencyId: string,
  chunks: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
  policy?: StandardPolicy,
): Promise<number> {
  await lockTalentPlacements(db, agencyId);
  const effective = policy ?? (await effectivePolicy(db, agencyId));
  const weights = jobLevelWeights(effective);
  let placedPeople = 0;
  for await (const ids of chunks) {
    if (ids.length === 0) continue;
    const groups = await placementGroups(db, agencyId, ids, weights);
    const placed = groups.map((group) => placeGroup(group, effective));
    placedPeople += await writeTalentPlacements(db, agencyId, ids, weights, placed);
  }
  return placedPeople;
}

/** `ids` a chunk of `size` at a time. */
export function* idChunks(ids: readonly string[], size = placementChunkPeople): Iterable<readonly string[]> {
  for (let from = 0; from < ids.length; from += size) yield ids.slice(from, from + size);
}

/** People placed per statement. */
export const placementChunkPeople = 1_000;

/**
 * At start: places every agency whose people were never placed (data written before the
 * placements existed, or by the demo's seed), one transaction per agency.
 */
export async function placeAgenciesNotYetPlaced(db: Db): Promise<number> {
  const agencyIds = await agenciesNotYetPlaced(db);
  for (const agencyId of agencyIds) {
    await db.transaction(async (tx) => {
      await refreshTalentPlacements(tx, agencyId);
    });
  }
  return agencyIds.length;
}
