/**
 * What `checkStandard` needs besides the standard and the policy, read from the database: where
 * each row's text comes from (placeholder text, unratified versions, who stewards them) and the
 * technical competencies proposed from the composer that still wait for their dictionary.
 */
import type { Db } from '../db/client';
import { loadDictionarySources } from '../db/repositories/dictionary-repository';
import type { JobStandard } from '../domain/job-standard';
import type { DictionarySourceFact, StandardContext } from '../domain/job-standard-rules';
import type { AgencyKind } from '../domain/roles';
import { nationalDictionarySteward } from '../domain/sources';

export async function standardCheckContext(
  db: Db,
  content: JobStandard,
  options: { agencyKind: AgencyKind; requirePositionCode?: boolean },
): Promise<StandardContext> {
  const rows = await loadDictionarySources(
    db,
    content.competencies.map((row) => row.competencyId),
  );
  const dictionarySources = new Map<string, DictionarySourceFact>(
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
  const technicalIds = new Set(
    content.competencies.filter((r) => r.kind === 'technical').map((r) => r.competencyId),
  );
  return {
    agencyKind: options.agencyKind,
    ...(options.requirePositionCode !== undefined
      ? { requirePositionCode: options.requirePositionCode }
      : {}),
    pendingCompetencies: rows
      .filter((row) => technicalIds.has(row.competencyId) && row.versionStatus !== 'ratified')
      .map((row) => ({ competencyId: row.competencyId, dictionaryName: row.dictionaryName })),
    dictionarySources,
  };
}
