/**
 * Retirement forecast (proyeksi pensiun): who retires in the next 1, 2 and 5 years, per unit and
 * position, from the NIP's birth date and the position's pension age (PP 11/2017 art. 239, in the
 * agency's policy). It feeds the succession risk of critical positions.
 */
import { findOrgUnit } from '../db/repositories/agency-repository';
import {
  type PensionAgeTable,
  retirementsByPosition,
  retirementsByUnit,
  retirementTotals,
  retiringPeople,
} from '../db/repositories/retirement-repository';
import { unitSubtree } from '../db/repositories/training-needs-repository';
import { DomainError } from '../domain/errors';
import { addYears } from '../domain/retirement';
import { type TalentPolicy, talentPolicySources } from '../domain/talent-policy';
import { successionPolicy } from '../policies/succession';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { effectivePolicy } from './standard-policy';

export function pensionAgeTable(policy: TalentPolicy): PensionAgeTable {
  return { byJobLevel: policy.pensionAges, defaultAge: policy.defaultPensionAge };
}

/** The units of a report: all (null), or an org unit of the agency and the units below it. */
export async function reportUnits(ctx: ServiceContext, agencyId: string, orgUnitId: string | undefined) {
  if (!orgUnitId) return null;
  const unit = await findOrgUnit(ctx.db, orgUnitId);
  if (!unit || unit.agencyId !== agencyId) {
    throw new DomainError('ORG_UNIT_NOT_FOUND', 'Unit organisasi tidak ditemukan pada instansi ini.');
  }
  return unitSubtree(ctx.db, orgUnitId);
}

export interface ForecastQuery {
  orgUnitId?: string | undefined;
  years: number;
  limit: number;
  cursor?: string | undefined;
}

export async function retirementForecast(
  ctx: ServiceContext,
  agencyId: string,
  query: ForecastQuery,
  today: Date = new Date(),
) {
  successionPolicy.authorize(ctx.actor, 'readSuccession', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const units = await reportUnits(ctx, agencyId, query.orgUnitId);
  const policy = (await effectivePolicy(ctx.db, agencyId)).talent;
  const ages = pensionAgeTable(policy);
  const asOf = today.toISOString().slice(0, 10);
  const [cursorDate, cursorNip] = query.cursor?.split('|') ?? [];
  const after =
    cursorDate && cursorNip && /^\d{4}-\d{2}-\d{2}$/.test(cursorDate)
      ? { date: cursorDate, nip: cursorNip }
      : undefined;
  const [totals, byUnit, byPosition, people] = await Promise.all([
    retirementTotals(ctx.db, agencyId, ages, asOf, units),
    retirementsByUnit(ctx.db, agencyId, ages, asOf, units),
    retirementsByPosition(ctx.db, agencyId, ages, asOf, units, 200),
    retiringPeople(ctx.db, agencyId, ages, addYears(asOf, query.years), units, {
      limit: query.limit + 1,
      after,
    }),
  ]);
  const page = people.slice(0, query.limit);
  const last = page[page.length - 1];
  const counts = (r: { overdue: number; within1: number; within2: number; within5: number }) => ({
    overdue: r.overdue,
    within1Year: r.within1,
    within2Years: r.within2,
    within5Years: r.within5,
  });
  return {
    asOf,
    years: query.years,
    pensionAges: { byJobLevel: policy.pensionAges, default: policy.defaultPensionAge },
    sources: {
      pensionAges: talentPolicySources.pensionAges,
      retirementDate: talentPolicySources.retirementDate,
    },
    totals: { people: totals.people, ...counts(totals) },
    byUnit: byUnit.map((u) => ({
      orgUnitId: u.org_unit_id,
      name: u.unit_name,
      people: u.people,
      ...counts(u),
    })),
    byPosition: byPosition.map((p) => ({
      positionId: p.position_id,
      name: p.position_name,
      jobLevel: p.job_level,
      unitName: p.unit_name,
      holders: p.holders,
      pensionAge: p.pension_age,
      ...counts(p),
    })),
    items: page.map((p) => ({
      nip: p.nip,
      name: p.name,
      birthDate: p.birth_date,
      positionId: p.position_id,
      positionName: p.position_name,
      jobLevel: p.job_level,
      unitName: p.unit_name,
      pensionAge: p.pension_age,
      pensionAgeAssumed: p.age_assumed,
      retiresOn: p.retires_on,
    })),
    nextCursor: people.length > query.limit && last ? `${last.retires_on}|${last.nip}` : null,
  };
}
