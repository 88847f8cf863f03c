/**
 * What the inboxes read: standards waiting at a status (with how long and the last return's reason),
 * drafting-campaign due dates, positions without a standard, recent imports. The inbox service
 * decides per actor which of these to ask for (`src/policies/inbox.ts`).
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

export interface WaitingStandardRow {
  standard_id: string;
  lineage_id: string;
  version: number;
  agency_id: string;
  agency_name: string;
  position_id: string;
  position_name: string;
  job_level: string;
  job_level_name: string | null;
  status: string;
  submitted_by: string | null;
  /** When it reached its current status (the last transition into it, else its creation). */
  since: string;
  updated_at: string;
  /** The last transition when it was a return: who, when and why. */
  returned_at: string | null;
  returned_reason: string | null;
  returned_by_name: string | null;
  due_on: string | null;
  drafting_campaign_name: string | null;
}

export interface WaitingStandardFilter {
  /** One agency, or every agency (national queue) when null. */
  agencyId: string | null;
  statuses: readonly string[];
  onlyAgencyId?: string | undefined;
  jobLevel?: string | undefined;
  /** Waiting at least this many days. */
  minWaitingDays?: number | undefined;
  now: Date;
  limit: number;
}

/** The newest version of each lineage at one of `statuses`, oldest waiting first. */
export async function listWaitingStandards(db: Db, filter: WaitingStandardFilter) {
  const statusList = sql.join(
    filter.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const conditions = [sql`s.status in (${statusList})`, sql`p.retired_at is null`];
  if (filter.agencyId) conditions.push(sql`s.agency_id = ${filter.agencyId}`);
  if (filter.onlyAgencyId) conditions.push(sql`s.agency_id = ${filter.onlyAgencyId}`);
  if (filter.jobLevel) conditions.push(sql`s.job_level = ${filter.jobLevel}`);
  const where = sql.join(conditions, sql` and `);
  const minDays = filter.minWaitingDays ?? 0;
  const rows = await queryRows<WaitingStandardRow & { total: number }>(
    db,
    sql`with latest as (
          select distinct on (s.lineage_id) s.*
          from job_standards s
          order by s.lineage_id, s.version desc
        ), waiting as (
          select s.id as standard_id, s.lineage_id, s.version, s.agency_id, a.name as agency_name,
            s.position_id, s.position_name, s.job_level, jl.name as job_level_name, s.status,
            s.submitted_by, s.updated_at,
            coalesce((select max(t.at) from job_standard_transitions t
              where t.standard_id = s.id and t.to_status = s.status), s.created_at) as since,
            last.at as returned_at, last.comment as returned_reason, u.full_name as returned_by_name,
            due.due_on, due.name as drafting_campaign_name
          from latest s
          join positions p on p.id = s.position_id
          join agencies a on a.id = s.agency_id
          left join job_levels jl on jl.code = s.job_level
          left join lateral (
            select t.action, t.at, t.comment, t.actor_id from job_standard_transitions t
            where t.standard_id = s.id order by t.at desc, t.id desc limit 1
          ) tr on true
          left join lateral (select tr.at, tr.comment, tr.actor_id where tr.action = 'return') last on true
          left join users u on u.id = last.actor_id
          left join lateral (
            select coalesce(dp.due_on, c.ends_on) as due_on, c.name from drafting_campaign_positions dp
            join drafting_campaigns c on c.id = dp.drafting_campaign_id
            where dp.position_id = s.position_id order by coalesce(dp.due_on, c.ends_on) limit 1
          ) due on true
          where ${where}
        )
        select w.*, count(*) over ()::int as total from waiting w
        where w.since <= ${new Date(filter.now.getTime() - minDays * 86_400_000).toISOString()}
        order by w.since asc, w.position_name asc
        limit ${filter.limit}`,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/** The agencies that have standards at one of `statuses` (the national queue's agency filter). */
export async function agenciesWithWaitingStandards(db: Db, statuses: readonly string[]) {
  const statusList = sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  return queryRows<{ id: string; name: string; count: number }>(
    db,
    sql`select a.id, a.name, count(*)::int as count
        from (select distinct on (lineage_id) * from job_standards order by lineage_id, version desc) s
        join agencies a on a.id = s.agency_id
        where s.status in (${statusList})
        group by a.id, a.name order by a.name`,
  );
}

export interface CampaignAssignmentRow {
  position_id: string;
  position_name: string;
  job_level: string;
  job_level_name: string | null;
  due_on: string | null;
  drafting_campaign_id: string;
  drafting_campaign_name: string;
}

/** Positions assigned to the user in a drafting campaign that have no standard yet. */
export async function listUnstartedAssignments(db: Db, userId: string) {
  return queryRows<CampaignAssignmentRow>(
    db,
    sql`select p.id as position_id, p.name as position_name, p.job_level, jl.name as job_level_name,
          coalesce(dp.due_on, c.ends_on) as due_on, c.id as drafting_campaign_id, c.name as drafting_campaign_name
        from drafting_campaign_positions dp
        join drafting_campaigns c on c.id = dp.drafting_campaign_id
        join positions p on p.id = dp.position_id
        left join job_levels jl on jl.code = p.job_level
        where dp.assignee_id = ${userId} and p.retired_at is null
          and not exists (select 1 from job_standards s where s.position_id = p.id)
        order by coalesce(dp.due_on, c.ends_on), p.name
        limit 100`,
  );
}

export interface OverdueRow extends CampaignAssignmentRow {
  assignee_name: string | null;
  status: string | null;
}

/**
 * Campaign positions past their due date whose standard is not submitted yet (none, or a draft):
 * what the agency's admin chases.
 */
export async function listOverduePositions(db: Db, agencyId: string, today: string) {
  return queryRows<OverdueRow>(
    db,
    sql`select p.id as position_id, p.name as position_name, p.job_level, jl.name as job_level_name,
          coalesce(dp.due_on, c.ends_on) as due_on, c.id as drafting_campaign_id,
          c.name as drafting_campaign_name, u.full_name as assignee_name, s.status
        from drafting_campaign_positions dp
        join drafting_campaigns c on c.id = dp.drafting_campaign_id
        join positions p on p.id = dp.position_id
        left join job_levels jl on jl.code = p.job_level
        left join users u on u.id = dp.assignee_id
        left join lateral (select s.status from job_standards s where s.position_id = p.id
          order by s.version desc limit 1) s on true
        where c.agency_id = ${agencyId} and p.retired_at is null
          and coalesce(dp.due_on, c.ends_on) < ${today}
          and (s.status is null or s.status = 'draft')
        order by coalesce(dp.due_on, c.ends_on), p.name
        limit 50`,
  );
}

/** Active positions of the agency without any standard, by name, and how many there are. */
export async function positionsWithoutStandard(db: Db, agencyId: string, limit: number) {
  const rows = await queryRows<{
    id: string;
    name: string;
    job_level: string;
    job_level_name: string | null;
    org_unit_name: string | null;
    total: number;
  }>(
    db,
    sql`select p.id, p.name, p.job_level, jl.name as job_level_name, u.name as org_unit_name,
          count(*) over ()::int as total
        from positions p
        left join job_levels jl on jl.code = p.job_level
        left join org_units u on u.id = p.org_unit_id
        where p.agency_id = ${agencyId} and p.retired_at is null
          and not exists (select 1 from job_standards s where s.position_id = p.id)
        order by p.name limit ${limit}`,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/** The agency's latest imports (civil servants, assessments, dictionaries), from the audit trail. */
export async function recentImports(db: Db, agencyId: string, limit: number) {
  return queryRows<{ entity: string; at: string; user_name: string | null; diff: unknown }>(
    db,
    sql`select l.entity, l.at, u.full_name as user_name, l.diff
        from audit_log l left join users u on u.id = l.user_id
        where l.agency_id = ${agencyId} and l.action = 'import'
        order by l.at desc limit ${limit}`,
  );
}
