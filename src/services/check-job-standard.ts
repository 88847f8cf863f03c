/**
 * The findings of a stored standard under its agency's policy, with what the database knows of the
 * dictionaries its rows were copied from (placeholder text, unratified versions, who stewards them).
 * One place for the context, so the composer, the workflow and the CLI check alike.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loadDictionarySources } from '../db/repositories/dictionary-repository';
import { agencies } from '../db/schema';
import type { JobStandard } from '../domain/job-standard';
import type { StandardPolicy } from '../domain/job-standard-policy';
import { checkStandard, type DictionarySourceFact, type Finding } from '../domain/job-standard-rules';
import type { AgencyKind } from '../domain/roles';
import { nationalDictionarySteward } from '../domain/sources';
import { effectivePolicy } from './standard-policy';

export async function dictionarySourceFacts(
  db: Db,
  standard: JobStandard,
): Promise<Map<string, DictionarySourceFact>> {
  const rows = await loadDictionarySources(
    db,
    standard.competencies.map((row) => row.competencyId),
  );
  return new Map(
    rows.map((row) => [
      row.competencyId,
      {
        status: row.versionStatus,
        placeholder: row.isPlaceholder,
        dictionaryName: row.dictionaryName,
        steward: row.agencyName === null ? nationalDictionarySteward : `admin ${row.agencyName}`,
      },
    ]),
  );
}

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
): Promise<{ findings: Finding[]; policy: StandardPolicy }> {
  const policy = options.policy ?? (await effectivePolicy(db, standard.agencyId));
  let agencyKind = options.agencyKind;
  if (!agencyKind) {
    const [agency] = await db
      .select({ kind: agencies.kind })
      .from(agencies)
      .where(eq(agencies.id, standard.agencyId));
    agencyKind = agency!.kind as AgencyKind;
  }
  const findings = checkStandard(standard.content, policy, {
    agencyKind,
    requirePositionCode: standard.status === 'ratified',
    dictionarySources: await dictionarySourceFacts(db, standard.content),
  });
  return { findings, policy };
}
