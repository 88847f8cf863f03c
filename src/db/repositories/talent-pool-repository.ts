/**
 * The rows behind the 9-box: per civil servant of an agency, the per-kind sums of their match
 * against their own position (so the JPM is computed by the one domain function), their
 * performance band and their current potential result. Names are read afterwards, only for the
 * people shown.
 */
import { sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows } from '../client';

export interface TalentPoolRow {
  id: string;
  job_level: string | null;
  performance: 'below' | 'meets' | 'above' | null;
  req_sc: number | null;
  req_m: number | null;
  req_t: number | null;
  met_sc: number | null;
  met_m: number | null;
  met_t: number | null;
  assessed: number;
  potential: 'low' | 'medium' | 'high' | null;
}

export async function talentPoolRows(db: Db, agencyId: string): Promise<TalentPoolRow[]> {
  return queryRows<TalentPoolRow>(
    db,
    sql`with totals as (
          select position_id,
            sum(required_level) filter (where kind = 'socioCultural')::float8 as req_sc,
            sum(required_level) filter (where kind = 'managerial')::float8 as req_m,
            sum(required_level) filter (where kind = 'technical')::float8 as req_t
          from position_requirements where agency_id = ${agencyId} group by position_id
        ),
        met as (
          select civil_servant_id,
            sum(least(level, own_required_level)) filter (where kind = 'socioCultural') as met_sc,
            sum(least(level, own_required_level)) filter (where kind = 'managerial') as met_m,
            sum(least(level, own_required_level)) filter (where kind = 'technical') as met_t,
            count(*)::int as assessed
          from current_competency_levels
          where agency_id = ${agencyId} and own_required_level is not null
          group by civil_servant_id
        ),
        potential as (
          select distinct on (civil_servant_id) civil_servant_id, band
          from potential_assessments where agency_id = ${agencyId}
          order by civil_servant_id, assessed_on desc, created_at desc
        )
        select cs.id, p.job_level, cs.performance, t.req_sc, t.req_m, t.req_t,
          m.met_sc, m.met_m, m.met_t, coalesce(m.assessed, 0) as assessed, pot.band as potential
        from civil_servants cs
        left join positions p on p.id = cs.position_id
        left join totals t on t.position_id = cs.position_id
        left join met m on m.civil_servant_id = cs.id
        left join potential pot on pot.civil_servant_id = cs.id
        where cs.agency_id = ${agencyId}`,
  );
}

export interface PersonLabelRow {
  id: string;
  nip: string;
  name: string;
  position_name: string | null;
  performance_rating: string | null;
  performance: string | null;
}

export async function personLabels(db: Db, ids: readonly string[]): Promise<PersonLabelRow[]> {
  if (ids.length === 0) return [];
  return queryRows<PersonLabelRow>(
    db,
    sql`select cs.id, cs.nip, cs.name, p.name as position_name, cs.performance_rating, cs.performance
        from civil_servants cs left join positions p on p.id = cs.position_id
        where cs.id = any(${pgArray(ids)}::uuid[])`,
  );
}
