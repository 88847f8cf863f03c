/**
 * The signed-in actor's inbox: what waits for them, per section of `inboxPolicy`. Each waiting
 * standard is offered only when the job-standard policy lets this actor take its step (a verifier
 * does not see what they submitted themselves).
 */
import {
  agenciesWithWaitingStandards,
  listOverduePositions,
  listUnstartedAssignments,
  listWaitingStandards,
  positionsWithoutStandard,
  recentImports,
  type WaitingStandardRow,
} from '../db/repositories/task-repository';
import type { StandardStatus } from '../domain/job-standard-workflow';
import { inboxPolicy } from '../policies/inbox';
import { jobStandardPolicy } from '../policies/job-standard';
import type { ServiceContext } from './context';

export interface TaskQuery {
  /** National queue filters. */
  agencyId?: string | undefined;
  jobLevel?: string | undefined;
  minWaitingDays?: number | undefined;
}

const DAY = 86_400_000;
const LIST_LIMIT = 200;

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

function waitingDays(since: string | Date, now: Date) {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / DAY));
}

function standardTask(row: WaitingStandardRow, now: Date) {
  return {
    standardId: row.standard_id,
    version: row.version,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    positionId: row.position_id,
    positionName: row.position_name,
    jobLevel: row.job_level,
    jobLevelName: row.job_level_name ?? row.job_level,
    status: row.status,
    since: iso(row.since)!,
    waitingDays: waitingDays(row.since, now),
    dueOn: row.due_on,
    draftingCampaignName: row.drafting_campaign_name,
    returned:
      row.returned_at === null
        ? null
        : { at: iso(row.returned_at)!, reason: row.returned_reason ?? '', byName: row.returned_by_name },
  };
}

export async function readMyTasks(ctx: ServiceContext, query: TaskQuery, now: Date) {
  const { actor, db } = ctx;
  const scope = { agencyId: actor.agencyId };
  const may = inboxPolicy.permissions(actor, scope);
  const today = now.toISOString().slice(0, 10);
  const actsOn = (row: WaitingStandardRow, step: 'verify' | 'validate' | 'ratify') =>
    jobStandardPolicy.can(actor, step, {
      agencyId: row.agency_id,
      status: row.status as StandardStatus,
      submittedBy: row.submitted_by,
    });

  let drafts = null;
  if (may.drafts && actor.agencyId) {
    const [waiting, assigned] = await Promise.all([
      listWaitingStandards(db, { agencyId: actor.agencyId, statuses: ['draft'], now, limit: LIST_LIMIT }),
      listUnstartedAssignments(db, actor.userId),
    ]);
    const items = waiting.rows.map((row) => standardTask(row, now));
    // Returned drafts first (someone is waiting for the fix), then by due date, then oldest.
    items.sort(
      (a, b) =>
        Number(b.returned !== null) - Number(a.returned !== null) ||
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
        a.since.localeCompare(b.since),
    );
    drafts = {
      items,
      nextCursor: null,
      total: waiting.total,
      assignments: assigned.map((row) => ({
        positionId: row.position_id,
        positionName: row.position_name,
        jobLevel: row.job_level,
        jobLevelName: row.job_level_name ?? row.job_level,
        dueOn: row.due_on,
        draftingCampaignId: row.drafting_campaign_id,
        draftingCampaignName: row.drafting_campaign_name,
      })),
    };
  }

  let reviews = null;
  const reviewStatuses = [...(may.verify ? ['submitted'] : []), ...(may.validate ? ['verified'] : [])];
  if (reviewStatuses.length > 0 && actor.agencyId) {
    const waiting = await listWaitingStandards(db, {
      agencyId: actor.agencyId,
      statuses: reviewStatuses,
      now,
      limit: LIST_LIMIT,
    });
    const items = waiting.rows
      .filter((row) => actsOn(row, row.status === 'submitted' ? 'verify' : 'validate'))
      .map((row) => standardTask(row, now));
    reviews = { items, nextCursor: null, total: items.length };
  }

  let ratifications = null;
  if (may.ratify) {
    const [waiting, unfiltered, agencies] = await Promise.all([
      listWaitingStandards(db, {
        agencyId: null,
        statuses: ['validated'],
        onlyAgencyId: query.agencyId,
        jobLevel: query.jobLevel,
        minWaitingDays: query.minWaitingDays,
        now,
        limit: LIST_LIMIT,
      }),
      listWaitingStandards(db, { agencyId: null, statuses: ['validated'], now, limit: 1 }),
      agenciesWithWaitingStandards(db, ['validated']),
    ]);
    const items = waiting.rows.filter((row) => actsOn(row, 'ratify')).map((row) => standardTask(row, now));
    ratifications = {
      items,
      nextCursor: null,
      /** Matching the filters, over every page. */
      total: waiting.total,
      /** The whole queue, whatever the filters (the navigation's counter). */
      queueTotal: unfiltered.total,
      agencies: agencies.map((a) => ({ id: a.id, name: a.name, count: a.count })),
    };
  }

  let overview = null;
  if (may.overview && actor.agencyId) {
    const [missing, overdue, imports] = await Promise.all([
      positionsWithoutStandard(db, actor.agencyId, 10),
      listOverduePositions(db, actor.agencyId, today),
      recentImports(db, actor.agencyId, 5),
    ]);
    overview = {
      positionsWithoutStandard: {
        total: missing.total,
        items: missing.rows.map((row) => ({
          positionId: row.id,
          positionName: row.name,
          jobLevel: row.job_level,
          jobLevelName: row.job_level_name ?? row.job_level,
          orgUnitName: row.org_unit_name,
        })),
      },
      overdue: overdue.map((row) => ({
        positionId: row.position_id,
        positionName: row.position_name,
        jobLevel: row.job_level,
        jobLevelName: row.job_level_name ?? row.job_level,
        dueOn: row.due_on!,
        draftingCampaignId: row.drafting_campaign_id,
        draftingCampaignName: row.drafting_campaign_name,
        assigneeName: row.assignee_name,
        status: row.status,
      })),
      recentImports: imports.map((row) => ({
        kind: row.entity,
        at: iso(row.at)!,
        userName: row.user_name,
        rows: importedRows(row.diff),
      })),
    };
  }

  const returned = drafts?.items.filter((item) => item.returned !== null).length ?? 0;
  const counts = {
    drafts: drafts ? drafts.total + drafts.assignments.length : 0,
    returned,
    reviews: reviews?.total ?? 0,
    ratifications: ratifications?.queueTotal ?? 0,
    overdue: overview?.overdue.length ?? 0,
  };
  return {
    counts: {
      ...counts,
      /** What the navigation shows: the standards waiting for this actor to act (overdue ones are drafts too). */
      total: counts.drafts + counts.reviews + counts.ratifications,
    },
    permissions: may,
    drafts,
    reviews,
    ratifications,
    overview,
  };
}

function importedRows(diff: unknown): number | null {
  if (diff && typeof diff === 'object') {
    const rows = (diff as { rows?: unknown }).rows;
    if (typeof rows === 'number') return rows;
  }
  return null;
}
