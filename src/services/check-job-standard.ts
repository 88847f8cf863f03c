/**
 * The findings of a stored standard under its agency's policy, with what the database knows of the
 * dictionaries its rows were copied from. One place for the context, so the composer, the workflow
 * and the CLI check alike.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { agencies } from '../db/schema';
import type { JobStandard } from '../domain/job-standard';
import type { StandardPolicy } from '../domain/job-standard-policy';
import { checkStandard, type Finding, type StandardContext } from '../domain/job-standard-rules';
import type { AgencyKind } from '../domain/roles';
import { standardCheckContext } from './standard-check-context';
import { effectivePolicy } from './standard-policy';

export interface StoredStandardCheck {
  agencyId: string;
  status: string;
  content: JobStandard;
}

/** Findings and the policy they were checked against. */
export async function checkStoredStandard(
  db: Db,
  standard: StoredStandardCheck,
  options: { policy?: StandardPolicy; agencyKind?: AgencyKind } = {},
): Promise<{ findings: Finding[]; policy: StandardPolicy; context: StandardContext }> {
  const policy = options.policy ?? (await effectivePolicy(db, standard.agencyId));
  let agencyKind = options.agencyKind;
  if (!agencyKind) {
    const [agency] = await db
      .select({ kind: agencies.kind })
      .from(agencies)
      .where(eq(agencies.id, standard.agencyId));
    agencyKind = agency!.kind as AgencyKind;
  }
  const context = await standardCheckContext(db, standard.content, {
    agencyKind,
    requirePositionCode: standard.status === 'ratified',
  });
  return { findings: checkStandard(standard.content, policy, context), policy, context };
}
