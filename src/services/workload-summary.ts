/**
 * Per-unit summary of workload analysis (rekapitulasi ABK): for a unit and its sub-units, every
 * position's workload, its required headcount (the position map's K, fed by the workload) against
 * the employees in place (B), and the shortage (kekurangan) or surplus (kelebihan).
 */
import { findOrgUnit } from '../db/repositories/agency-repository';
import { loadWorkloadPolicy, unitWorkloadRows } from '../db/repositories/job-description-repository';
import { DomainError } from '../domain/errors';
import { workloadPolicy } from '../policies/job-description';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';

export interface WorkloadSummaryPosition {
  id: string;
  name: string;
  jobLevel: string;
  headcount: number;
  requiredHeadcount: number;
  /** B − K as on the position map: negative is a shortage. */
  difference: number;
  hasJobDescription: boolean;
  tasks: number;
  workloadMinutes: number | null;
  workloadNeed: number | null;
  workloadHeadcount: number | null;
}

export interface WorkloadTotals {
  positions: number;
  withJobDescription: number;
  headcount: number;
  requiredHeadcount: number;
  workloadNeed: number;
  shortage: number;
  surplus: number;
}

export interface WorkloadSummaryUnit {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  depth: number;
  positions: WorkloadSummaryPosition[];
  totals: WorkloadTotals;
}

function totalsOf(positions: readonly WorkloadSummaryPosition[]): WorkloadTotals {
  return {
    positions: positions.length,
    withJobDescription: positions.filter((p) => p.hasJobDescription).length,
    headcount: positions.reduce((n, p) => n + p.headcount, 0),
    requiredHeadcount: positions.reduce((n, p) => n + p.requiredHeadcount, 0),
    workloadNeed: Math.round(100 * positions.reduce((n, p) => n + (p.workloadNeed ?? 0), 0)) / 100,
    shortage: positions.reduce((n, p) => n + Math.max(0, -p.difference), 0),
    surplus: positions.reduce((n, p) => n + Math.max(0, p.difference), 0),
  };
}

export async function getWorkloadSummary(ctx: ServiceContext, orgUnitId: string) {
  const unit = await findOrgUnit(ctx.db, orgUnitId);
  const notFound = () => new DomainError('ORG_UNIT_NOT_FOUND', 'Unit organisasi tidak ditemukan.');
  if (!unit || !workloadPolicy.can(ctx.actor, 'read', unit)) throw notFound();
  workloadPolicy.authorize(ctx.actor, 'readWorkload', unit);
  const agency = await getVisibleAgency(ctx, unit.agencyId);
  const rows = await unitWorkloadRows(ctx.db, orgUnitId);
  const units = new Map<string, WorkloadSummaryUnit>();
  for (const r of rows) {
    let node = units.get(r.unit_id);
    if (!node) {
      node = {
        id: r.unit_id,
        name: r.unit_name,
        code: r.unit_code,
        parentId: r.parent_id,
        depth: r.depth,
        positions: [],
        totals: totalsOf([]),
      };
      units.set(r.unit_id, node);
    }
    if (r.position_id === null) continue;
    node.positions.push({
      id: r.position_id,
      name: r.position_name!,
      jobLevel: r.job_level!,
      headcount: r.headcount!,
      requiredHeadcount: r.required_headcount!,
      difference: r.headcount! - r.required_headcount!,
      hasJobDescription: r.has_job_description,
      tasks: r.tasks ?? 0,
      workloadMinutes: r.workload_minutes,
      workloadNeed: r.workload_need,
      workloadHeadcount: r.workload_headcount,
    });
  }
  const list = [...units.values()];
  for (const node of list) node.totals = totalsOf(node.positions);
  const policy = await loadWorkloadPolicy(ctx.db, unit.agencyId);
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name },
    orgUnit: { id: unit.id, name: unit.name, code: unit.code },
    settings: {
      effectiveMinutesPerYear: policy.effectiveMinutesPerYear,
      minutesPerDay: policy.minutesPerDay,
    },
    units: list,
    totals: totalsOf(list.flatMap((u) => u.positions)),
  };
}

export type WorkloadSummary = Awaited<ReturnType<typeof getWorkloadSummary>>;
