/** The rule policy an agency's standards are checked against: a named default plus its override. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { hasMultiRaterResults, rebuildCurrentLevels } from '../db/repositories/competency-level-repository';
import { bumpDataRevision, talentRevisionKey } from '../db/repositories/data-revision-repository';
import { standardPolicies } from '../db/schema';
import { DomainError } from '../domain/errors';
import {
  basePolicyIds,
  basePolicyNotes,
  checkPolicy,
  defaultPolicies,
  defaultPolicyId,
  mergePolicy,
  type StandardPolicy,
  type StandardPolicyOverride,
} from '../domain/job-standard-policy';
import { unconfirmedPolicyValues } from '../domain/policy-confirmations';
import { talentPolicySources } from '../domain/talent-policy';
import { standardPolicyPolicy } from '../policies/standard-policy';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { refreshTalentPlacements } from './talent-placement';

type PolicyId = keyof typeof defaultPolicies;

export async function effectivePolicy(db: Db, agencyId: string): Promise<StandardPolicy> {
  const [row] = await db.select().from(standardPolicies).where(eq(standardPolicies.agencyId, agencyId));
  if (!row) return defaultPolicies[defaultPolicyId];
  const base = defaultPolicies[row.baseName as PolicyId] ?? defaultPolicies[defaultPolicyId];
  return mergePolicy(base, row.override as StandardPolicyOverride);
}

export async function getStandardPolicy(ctx: ServiceContext, agencyId: string) {
  standardPolicyPolicy.authorize(ctx.actor, 'readSettings', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const [row] = await ctx.db.select().from(standardPolicies).where(eq(standardPolicies.agencyId, agencyId));
  const effective = await effectivePolicy(ctx.db, agencyId);
  return {
    baseName: row?.baseName ?? defaultPolicyId,
    override: (row?.override as StandardPolicyOverride | undefined) ?? {},
    effective,
    available: basePolicyIds.map((id) => ({ id, name: defaultPolicies[id].name, ...basePolicyNotes[id] })),
    unconfirmed: unconfirmedPolicyValues(effective),
    /** Where the talent defaults come from, for the admin (titles of the regulations and forms). */
    sources: { talent: talentPolicySources },
    permissions: standardPolicyPolicy.permissions(ctx.actor, { agencyId }),
  };
}

export async function setStandardPolicy(
  ctx: ServiceContext,
  agencyId: string,
  /** Without `override` the stored override stays (changing only the base). */
  input: { baseName: string; override?: StandardPolicyOverride | undefined },
) {
  standardPolicyPolicy.authorize(ctx.actor, 'update', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const base = defaultPolicies[input.baseName as PolicyId];
  if (!base) throw new DomainError('UNKNOWN_POLICY', `Kebijakan dasar "${input.baseName}" tidak dikenal.`);
  return ctx.db.transaction(async (tx) => {
    const [stored] = await tx
      .select()
      .from(standardPolicies)
      .where(eq(standardPolicies.agencyId, agencyId))
      .for('update');
    const override = input.override ?? (stored?.override as StandardPolicyOverride | undefined) ?? {};
    const merged = mergePolicy(base, override); // throws on invalid values
    const issues = checkPolicy(merged);
    if (issues.length > 0) {
      throw new DomainError('INVALID_POLICY', issues[0]!.message, { issues });
    }
    const before = await effectivePolicy(tx, agencyId);
    await tx
      .insert(standardPolicies)
      .values({ agencyId, baseName: input.baseName, override, updatedBy: ctx.actor.userId })
      .onConflictDoUpdate({
        target: standardPolicies.agencyId,
        set: { baseName: input.baseName, override, updatedBy: ctx.actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'standardPolicy',
      entityId: agencyId,
      action: 'update',
      diff: { after: { baseName: input.baseName, override } },
    });
    // A new rule for combining 360° with assessment-centre results changes who has which level.
    const combination = merged.talent.multiRater.combination;
    if (combination !== before.talent.multiRater.combination && (await hasMultiRaterResults(tx, agencyId))) {
      await rebuildCurrentLevels(tx, agencyId, combination, sql`true`);
      await bumpDataRevision(tx, talentRevisionKey(agencyId));
      await recordAudit(tx, {
        userId: ctx.actor.userId,
        agencyId,
        entity: 'assessment',
        entityId: agencyId,
        action: 'recombine',
        diff: { from: before.talent.multiRater.combination, to: combination },
      });
    }
    // The 9-box follows the talent rules and the job levels' weights: every person is placed again.
    const placing = (p: StandardPolicy) => JSON.stringify([p.talent, p.competencyWeights]);
    if (placing(merged) !== placing(before)) await refreshTalentPlacements(tx, agencyId, sql`true`, merged);
    return merged;
  });
}
