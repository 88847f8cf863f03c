/** `skj standards check AGENCY_CODE`: the rule findings of every current standard of an agency. */
import { loadConfig } from '../config';
import { findAgencyByCode } from '../db/repositories/agency-repository';
import { listAgencyStandards } from '../db/repositories/job-standard-repository';
import { DomainError } from '../domain/errors';
import type { AgencyKind } from '../domain/roles';
import { checkStoredStandard } from '../services/check-job-standard';
import { effectivePolicy } from '../services/standard-policy';
import { openCliDatabase } from './support';

/** Exit code 1 when any standard has an error finding, so scripts can gate on it. */
export async function standardsCheck(args: string[]): Promise<number> {
  const [agencyCode, ...extra] = args;
  if (!agencyCode || extra.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Pemakaian: skj standards check KODE_INSTANSI');
  }
  const opened = await openCliDatabase(loadConfig());
  try {
    const { db } = opened.database;
    const agency = await findAgencyByCode(db, agencyCode);
    if (!agency) throw new DomainError('AGENCY_NOT_FOUND', `Instansi ${agencyCode} tidak ditemukan.`);
    const policy = await effectivePolicy(db, agency.id);
    const standards = await listAgencyStandards(db, agency.id);
    let errors = 0;
    let warnings = 0;
    for (const summary of standards) {
      const { findings } = await checkStoredStandard(
        db,
        { agencyId: agency.id, status: summary.status, content: summary.content },
        { policy, agencyKind: agency.kind as AgencyKind },
      );
      console.log(
        `${summary.position_name} (v${summary.version}, ${summary.status}): ${findings.length} temuan`,
      );
      for (const f of findings) {
        console.log(
          `  [${f.severity === 'error' ? 'GALAT' : 'PERINGATAN'}] ${f.code} ${f.path}: ${f.message}`,
        );
        if (f.severity === 'error') errors++;
        else warnings++;
      }
    }
    console.log(
      `${standards.length} SKJ diperiksa dengan kebijakan "${policy.name}": ${errors} galat, ${warnings} peringatan.`,
    );
    return errors > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}
