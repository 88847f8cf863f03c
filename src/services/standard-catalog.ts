/** National reuse: the catalog of ratified standards, similar standards, and the reports. */
import { z } from 'zod';
import {
  anyCatalogNameContains,
  browseCatalogPage,
  type CatalogRow,
  catalogCountCap,
  catalogNamesContaining,
  catalogNamesNear,
  consistencyReport,
  countCatalogMatches,
  meritCoverage,
  searchCatalogPage,
  similarStandards,
} from '../db/repositories/catalog-repository';
import { DomainError } from '../domain/errors';
import { agencyStandardsPolicy } from '../policies/job-standard';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { getPosition } from './manage-positions';
import { decodeCursor, invalidCursor, type PageRequest, toPage } from './paging';

/** A moment read by raw SQL (a Date from either driver, or its text) as ISO 8601. */
const isoMoment = (value: Date | string) => new Date(value).toISOString();

/** A search by similarity (no name contains the query) reads the entries of this many names. */
export const nearNameLimit = 100;

const catalogItemOf = (row: CatalogRow) => ({
  id: row.id,
  positionName: row.position_name,
  jobLevel: row.job_level,
  positionCode: row.position_code,
  ratifiedAt: isoMoment(row.ratified_at),
  version: row.version,
  agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name },
  score: row.score,
});

const uuid = z.uuid();

/** A search's page (`limit + 1` rows at most, the extra one telling of a next page) and its count. */
async function searchCatalog(
  ctx: ServiceContext,
  params: {
    q: string;
    jobLevel?: string | undefined;
    after?: { name: string; id: string } | undefined;
    limit: number;
  },
) {
  const { q, jobLevel, after, limit } = params;
  const near = (await anyCatalogNameContains(ctx.db, q))
    ? undefined
    : await catalogNamesNear(ctx.db, q, nearNameLimit);
  const page = async () => {
    if (near) {
      const names = after ? near.filter((name) => name >= after.name) : near;
      return searchCatalogPage(ctx.db, { q, jobLevel, names, after, limit });
    }
    // The names containing q, a batch at a time in order, until the page is full: a batch as large
    // as the page fills it unless some of its names have no entry (of that job level).
    let rows: CatalogRow[] = [];
    let bound: { from?: string; after?: string } = after ? { from: after.name } : {};
    for (;;) {
      const names = await catalogNamesContaining(ctx.db, q, bound, limit + 1);
      const more = await searchCatalogPage(ctx.db, { q, jobLevel, names, after, limit });
      rows = [...rows, ...more].slice(0, limit + 1);
      if (rows.length > limit || names.length <= limit) return rows;
      bound = { after: names.at(-1) };
    }
  };
  return Promise.all([page(), countCatalogMatches(ctx.db, { q, jobLevel, names: near })]);
}

/**
 * The national catalog a page at a time. Browsing (no `q`) goes by position name then id. A search
 * finds the names containing `q`, or when none does (a typo) the 100 names nearest it by word
 * similarity, and goes by the lower-case name then id. A cursor belongs to its filters: reused
 * under another `q` or `jobLevel` it answers INVALID_CURSOR. `total` is counted up to
 * `catalogCountCap`; past it `totalCapped` says there are more.
 */
export async function browseCatalog(
  ctx: ServiceContext,
  params: { q?: string | undefined; jobLevel?: string | undefined } & PageRequest,
) {
  const q = params.q?.trim().toLowerCase() || undefined;
  const sort = JSON.stringify(['catalog', q ?? null, params.jobLevel ?? null]);
  const key = decodeCursor(params.cursor, sort, 'ss');
  const after = key && { name: key[0] as string, id: key[1] as string };
  if (after && !uuid.safeParse(after.id).success) throw invalidCursor();
  let rows: CatalogRow[];
  let total: number;
  let keyOf: (row: CatalogRow) => (string | number)[];
  if (q) {
    [rows, total] = await searchCatalog(ctx, { q, jobLevel: params.jobLevel, after, limit: params.limit });
    keyOf = (row) => [row.match_name ?? row.position_name, row.id];
  } else {
    ({ rows, total } = await browseCatalogPage(ctx.db, {
      jobLevel: params.jobLevel,
      after,
      limit: params.limit,
    }));
    keyOf = (row) => [row.position_name, row.id];
  }
  const capped = total > catalogCountCap;
  return {
    ...toPage(rows, params.limit, sort, keyOf, catalogItemOf),
    total: capped ? catalogCountCap : total,
    totalCapped: capped,
  };
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
