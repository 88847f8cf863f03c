/**
 * The succession dashboard of an agency: every critical position (and every position with
 * successors) with its bench and risk — vacant or a holder retiring within the policy's horizon,
 * without a successor ready now — the bench strength per unit, and the positions at risk first.
 */
import { holdersRetiring } from '../db/repositories/retirement-repository';
import { successionPositions } from '../db/repositories/succession-repository';
import { addYears } from '../domain/retirement';
import {
  benchLevel,
  benchLevelNames,
  benchStrengthPercent,
  type RiskLevel,
  riskLevelNames,
  riskReasonNames,
  successionRisk,
} from '../domain/succession';
import { successionPolicy } from '../policies/succession';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { pensionAgeTable, reportUnits } from './retirement-forecast';
import { effectivePolicy } from './standard-policy';

const riskOrder: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };

export async function successionDashboard(
  ctx: ServiceContext,
  agencyId: string,
  query: { orgUnitId?: string | undefined },
  today: Date = new Date(),
) {
  successionPolicy.authorize(ctx.actor, 'readSuccession', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const units = await reportUnits(ctx, agencyId, query.orgUnitId);
  const policy = (await effectivePolicy(ctx.db, agencyId)).talent;
  const positions = await successionPositions(ctx.db, agencyId, units);
  const asOf = today.toISOString().slice(0, 10);
  const horizonEnd = addYears(asOf, policy.succession.retirementHorizonYears);
  const holders = new Map(
    (
      await holdersRetiring(
        ctx.db,
        agencyId,
        pensionAgeTable(policy),
        positions.map((p) => p.position_id),
        horizonEnd,
      )
    ).map((h) => [h.position_id, h]),
  );
  const rows = positions.map((p) => {
    const bench = {
      readyNow: p.ready_now,
      readyInOneToTwoYears: p.ready_soon,
      readyInThreeYearsOrMore: p.ready_later,
    };
    const h = holders.get(p.position_id);
    const risk = successionRisk({
      vacant: (h?.holders ?? 0) === 0,
      holderRetiringWithinHorizon: (h?.retiring ?? 0) > 0,
      bench,
    });
    const level = benchLevel(bench);
    return {
      positionId: p.position_id,
      name: p.name,
      jobLevel: p.job_level,
      orgUnitId: p.org_unit_id,
      unitName: p.unit_name,
      critical: p.critical,
      reason: p.reason,
      holders: h?.holders ?? 0,
      holdersRetiring: h?.retiring ?? 0,
      firstRetirement: h?.first_retires_on ?? null,
      bench: { ...bench, level, levelName: benchLevelNames[level] },
      risk: risk.level,
      riskName: riskLevelNames[risk.level],
      reasons: risk.reasons.map((r) => ({ code: r, name: riskReasonNames[r] })),
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.critical) - Number(a.critical) ||
      riskOrder[a.risk] - riskOrder[b.risk] ||
      (a.unitName ?? '').localeCompare(b.unitName ?? '', 'id') ||
      a.name.localeCompare(b.name, 'id'),
  );
  const critical = rows.filter((r) => r.critical);
  const byUnit = new Map<
    string,
    {
      orgUnitId: string | null;
      name: string | null;
      critical: number;
      withReadySuccessor: number;
      highRisk: number;
    }
  >();
  for (const r of critical) {
    const key = r.orgUnitId ?? '-';
    const unit = byUnit.get(key) ?? {
      orgUnitId: r.orgUnitId,
      name: r.unitName,
      critical: 0,
      withReadySuccessor: 0,
      highRisk: 0,
    };
    unit.critical++;
    if (r.bench.readyNow > 0) unit.withReadySuccessor++;
    if (r.risk === 'high') unit.highRisk++;
    byUnit.set(key, unit);
  }
  const withReady = critical.filter((r) => r.bench.readyNow > 0).length;
  return {
    asOf,
    retirementHorizonYears: policy.succession.retirementHorizonYears,
    summary: {
      criticalPositions: critical.length,
      withReadySuccessor: withReady,
      benchStrengthPercent: benchStrengthPercent(critical.length, withReady),
      atRisk: {
        high: critical.filter((r) => r.risk === 'high').length,
        medium: critical.filter((r) => r.risk === 'medium').length,
        low: critical.filter((r) => r.risk === 'low').length,
      },
      successors: rows.reduce(
        (n, r) => n + r.bench.readyNow + r.bench.readyInOneToTwoYears + r.bench.readyInThreeYearsOrMore,
        0,
      ),
    },
    byUnit: [...byUnit.values()]
      .map((u) => ({ ...u, benchStrengthPercent: benchStrengthPercent(u.critical, u.withReadySuccessor) }))
      .sort((a, b) => b.highRisk - a.highRisk || (a.name ?? '').localeCompare(b.name ?? '', 'id')),
    positions: rows,
    permissions: successionPolicy.permissions(ctx.actor, { agencyId }),
    sources: {
      retirement: 'PP 11/2017 Pasal 239',
      succession: 'Manajemen Talenta ASN (PermenPAN-RB 3/2020)',
    },
  };
}
