/**
 * Potential results (potensial) of a civil servant: HR's manual entry and the person's history.
 * A result is a score on 0..100 (banded by the agency's policy at entry) or a category (Tinggi,
 * Menengah, Rendah), with its date and source; the newest by date is the one the 9-box uses.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import { potentialAssessments } from '../db/schema';
import { DomainError } from '../domain/errors';
import { type PotentialBand, potentialBandNames, potentialBandOfScore } from '../domain/nine-box';
import type { TalentPolicy } from '../domain/talent-policy';
import { civilServantPolicy } from '../policies/civil-servant';
import { loadCivilServant } from './civil-servant-access';
import type { ServiceContext } from './context';
import { effectivePolicy } from './standard-policy';
import { refreshTalentPlacements } from './talent-placement';

export interface PotentialInput {
  assessedOn: string;
  score?: number | null | undefined;
  band?: PotentialBand | null | undefined;
  source: string;
}

/** The band a result stands for: as given, else from the score; one of them is required. */
export function potentialBandOf(
  input: Pick<PotentialInput, 'score' | 'band'>,
  policy: TalentPolicy,
): PotentialBand {
  if (input.band) return input.band;
  if (input.score === null || input.score === undefined) {
    throw new DomainError('POTENTIAL_VALUE_REQUIRED', 'Isi nilai potensial (0–100) atau kategorinya.');
  }
  return potentialBandOfScore(input.score, policy);
}

function presentPotential(row: typeof potentialAssessments.$inferSelect) {
  return {
    id: row.id,
    assessedOn: row.assessedOn,
    score: row.score,
    band: row.band as PotentialBand,
    bandName: potentialBandNames[row.band as PotentialBand],
    source: row.source,
    entry: row.entry as 'import' | 'manual',
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listPotential(ctx: ServiceContext, nip: string) {
  const servant = await loadCivilServant(ctx, nip);
  civilServantPolicy.authorize(ctx.actor, 'readTalentEvidence', servant);
  const rows = await ctx.db
    .select()
    .from(potentialAssessments)
    .where(eq(potentialAssessments.civilServantId, servant.id))
    .orderBy(desc(potentialAssessments.assessedOn), desc(potentialAssessments.createdAt));
  return {
    items: rows.map(presentPotential),
    permissions: civilServantPolicy.permissions(ctx.actor, servant),
  };
}

export async function recordPotential(
  ctx: ServiceContext,
  nip: string,
  input: PotentialInput,
  today: Date = new Date(),
) {
  const servant = await loadCivilServant(ctx, nip);
  civilServantPolicy.authorize(ctx.actor, 'recordPotential', servant);
  if (input.assessedOn > today.toISOString().slice(0, 10)) {
    throw new DomainError('FUTURE_DATE', 'Tanggal penilaian potensial tidak boleh di masa depan.');
  }
  const policy = (await effectivePolicy(ctx.db, servant.agencyId)).talent;
  const band = potentialBandOf(input, policy);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(potentialAssessments)
      .values({
        agencyId: servant.agencyId,
        civilServantId: servant.id,
        assessedOn: input.assessedOn,
        score: input.score ?? null,
        band,
        source: input.source,
        entry: 'manual',
        createdBy: ctx.actor.userId,
      })
      .returning();
    await refreshTalentPlacements(tx, servant.agencyId, sql`cs.id = ${servant.id}`);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: servant.agencyId,
      entity: 'potentialAssessment',
      entityId: row!.id,
      action: 'create',
      diff: {
        nip: servant.nip,
        assessedOn: input.assessedOn,
        score: input.score ?? null,
        band,
        source: input.source,
      },
    });
    return presentPotential(row!);
  });
}
