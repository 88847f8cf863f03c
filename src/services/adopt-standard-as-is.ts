/**
 * Adopting a nationally ratified standard as is (the Magetan deck: a job already ratified need not
 * be composed again): the agency admin confirms once, and the position gets a ratified standard
 * with the source's position code and ratified content, no workflow. It must pass this agency's
 * rules (a region's mandatory competency, say); otherwise the way is an adaptation, a draft that
 * goes through the chain (`adoptStandard`). Audited.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  findOpenStandardForPosition,
  insertStandard,
  insertStandardTransition,
} from '../db/repositories/job-standard-repository';
import { findPosition, setPositionCode } from '../db/repositories/position-repository';
import { refreshPositionRequirements } from '../db/repositories/talent-repository';
import { agencies } from '../db/schema';
import { DomainError } from '../domain/errors';
import type { JobStandard } from '../domain/job-standard';
import type { AgencyKind } from '../domain/roles';
import { agencyStandardsPolicy } from '../policies/job-standard';
import { positionPolicy } from '../policies/position';
import { checkStoredStandard } from './check-job-standard';
import type { ServiceContext } from './context';
import { loadVisibleStandard } from './job-standard-access';
import { refreshTalentPlacements } from './talent-placement';

export async function adoptStandardAsIs(
  ctx: ServiceContext,
  sourceId: string,
  input: { positionId: string; confirm: true },
) {
  const source = await loadVisibleStandard(ctx.db, ctx.actor, sourceId);
  if (source.status !== 'ratified' || !source.positionCode) {
    throw new DomainError(
      'STANDARD_NOT_RATIFIED',
      'Hanya SKJ yang sudah ditetapkan secara nasional (berkode jabatan) yang dapat diadopsi apa adanya.',
    );
  }
  const position = await findPosition(ctx.db, input.positionId);
  if (
    !position ||
    !positionPolicy.can(ctx.actor, 'read', position) ||
    position.agencyId !== ctx.actor.agencyId
  ) {
    throw new DomainError('POSITION_NOT_FOUND', 'Jabatan tidak ditemukan pada instansi Anda.');
  }
  agencyStandardsPolicy.authorize(ctx.actor, 'adoptAsIs', { agencyId: position.agencyId });
  if (position.jobLevel !== source.jobLevel) {
    throw new DomainError(
      'JOB_LEVEL_MISMATCH',
      'Jenjang jabatan ini berbeda dari jenjang SKJ sumber; adopsi apa adanya tidak dapat dilakukan. Adaptasi SKJ sebagai draf.',
    );
  }
  const content: JobStandard = structuredClone(source.content);
  content.identity = {
    ...content.identity,
    positionCode: source.positionCode,
    orgUnitName: position.orgUnitName ?? content.identity.orgUnitName,
  };
  const { findings } = await checkStoredStandard(
    ctx.db,
    { agencyId: position.agencyId, status: 'ratified', content },
    { agencyKind: position.agencyKind as AgencyKind },
  );
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new DomainError(
      'ADOPTION_NEEDS_ADAPTATION',
      `SKJ ini belum memenuhi aturan instansi Anda (${errors.length} kesalahan: ${errors[0]!.message}). Adaptasi SKJ sebagai draf; revisinya melalui alur pengajuan sampai penetapan.`,
      { findings },
    );
  }
  return ctx.db.transaction(async (tx) => {
    if (await findOpenStandardForPosition(tx, position.id)) {
      throw new DomainError('STANDARD_EXISTS', 'Jabatan ini sudah memiliki SKJ yang sedang disusun.');
    }
    const [sourceAgency] = await tx
      .select({ name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, source.agencyId));
    const now = new Date();
    const id = await insertStandard(tx, {
      version: 1,
      agencyId: position.agencyId,
      positionId: position.id,
      content,
      policyName: source.policyName,
      originStandardId: source.id,
      positionCode: source.positionCode,
      createdBy: ctx.actor.userId,
      ratified: { by: ctx.actor.userId, at: now },
    });
    const comment = `Diadopsi apa adanya dari SKJ ${source.positionCode} (${sourceAgency?.name ?? 'instansi lain'}, versi ${source.version}).`;
    await insertStandardTransition(tx, {
      standardId: id,
      action: 'adopt',
      fromStatus: null,
      toStatus: 'ratified',
      actorId: ctx.actor.userId,
      comment,
    });
    await setPositionCode(tx, position.id, source.positionCode!);
    await refreshPositionRequirements(tx, position.id);
    await refreshTalentPlacements(tx, position.agencyId, sql`cs.position_id = ${position.id}`);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'jobStandard',
      entityId: id,
      action: 'adoptAsIs',
      diff: {
        originStandardId: source.id,
        originAgencyId: source.agencyId,
        positionId: position.id,
        positionCode: source.positionCode,
        confirmed: input.confirm,
      },
    });
    return {
      id,
      version: 1,
      status: 'ratified' as const,
      originStandardId: source.id,
      positionCode: source.positionCode!,
    };
  });
}
