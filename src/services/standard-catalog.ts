/** National reuse: the catalog of ratified standards, similar standards, and the reports. */
import {
  consistencyReport,
  meritCoverage,
  searchCatalog,
  similarStandards,
} from '../db/repositories/catalog-repository';
import { DomainError } from '../domain/errors';
import { agencyStandardsPolicy } from '../policies/job-standard';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { getPosition } from './manage-positions';

const present = <T extends { agency_id: string; agency_code: string; agency_name: string }>(row: T) => {
  const { agency_id, agency_code, agency_name, ...rest } = row;
  return { ...rest, agency: { id: agency_id, code: agency_code, name: agency_name } };
};

/** A moment read by raw SQL (a Date from either driver, or its text) as ISO 8601. */
const isoMoment = (value: Date | string) => new Date(value).toISOString();

export async function browseCatalog(
  ctx: ServiceContext,
  params: { q?: string | undefined; jobLevel?: string | undefined; limit: number },
) {
  const rows = await searchCatalog(ctx.db, params);
  return rows.map((row) => ({
    id: row.id,
    positionName: row.position_name,
    jobLevel: row.job_level,
    positionCode: row.position_code,
    ratifiedAt: isoMoment(row.ratified_at),
    version: row.version,
    agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name },
    score: row.score,
  }));
}

export async function findSimilarStandards(ctx: ServiceContext, positionId: string, limit: number) {
  const position = await getPosition(ctx, positionId);
  const rows = await similarStandards(
    ctx.db,
    {
      id: position.id,
      agencyId: position.agencyId,
      name: position.name,
      summary: position.summary,
      jobLevel: position.jobLevel,
    },
    limit,
  );
  return rows.map((row) => ({
    id: row.id,
    positionName: row.position_name,
    jobLevel: row.job_level,
    positionCode: row.position_code,
    ratifiedAt: new Date(row.ratified_at).toISOString(),
    version: row.version,
    agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name },
    score: row.score,
    nameScore: row.name_score,
    summaryScore: row.summary_score,
    competencyScore: row.competency_score,
    sameJobLevel: row.same_job_level,
  }));
}

export async function getConsistencyReport(ctx: ServiceContext, agencyId: string) {
  agencyStandardsPolicy.authorize(ctx.actor, 'readReports', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const report = await consistencyReport(ctx.db, agencyId);
  return {
    differingLevels: report.differingLevels.map((group) => ({
      positionName: group.position_name,
      jobLevel: group.job_level,
      standards: group.standards,
    })),
    editedRows: report.editedRows.map((row) => ({
      standardId: row.standard_id,
      positionName: row.position_name,
      competencyName: row.competency_name,
      kind: row.kind,
    })),
    withoutStandard: report.withoutStandard.map((position) => ({
      id: position.id,
      name: position.name,
      jobLevel: position.job_level,
      orgUnitName: position.org_unit_name,
    })),
  };
}

export async function getMeritDashboard(ctx: ServiceContext, agencyId: string | null) {
  if (agencyId) {
    agencyStandardsPolicy.authorize(ctx.actor, 'readReports', { agencyId });
    await getVisibleAgency(ctx, agencyId);
  } else if (!agencyStandardsPolicy.can(ctx.actor, 'readReports', { agencyId: null })) {
    throw new DomainError('FORBIDDEN', 'Dasbor nasional hanya untuk peran nasional.');
  }
  const rows = await meritCoverage(ctx.db, agencyId);
  const sum = (list: typeof rows) => {
    const positions = list.reduce((n, r) => n + r.positions, 0);
    const ratified = list.reduce((n, r) => n + r.ratified, 0);
    return { positions, ratified, percent: positions ? Math.round((1000 * ratified) / positions) / 10 : 0 };
  };
  const group = (key: (r: (typeof rows)[number]) => string, label: (r: (typeof rows)[number]) => string) => {
    const map = new Map<string, { key: string; label: string; rows: typeof rows }>();
    for (const row of rows) {
      const k = key(row);
      const entry = map.get(k) ?? { key: k, label: label(row), rows: [] };
      entry.rows.push(row);
      map.set(k, entry);
    }
    return [...map.values()].map((g) => ({ key: g.key, label: g.label, ...sum(g.rows) }));
  };
  return {
    total: sum(rows),
    byAgency: group(
      (r) => r.agency_id,
      (r) => r.agency_name,
    ),
    byOrgUnit: group(
      (r) => r.org_unit_id ?? '-',
      (r) => r.org_unit_name ?? '(tanpa unit)',
    ),
    byJobLevel: group(
      (r) => r.job_level,
      (r) => r.job_level,
    ),
  };
}
