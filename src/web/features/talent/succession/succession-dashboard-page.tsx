import '../talent.css';
import '../talent-management.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useFormatDay, useFormatPercent } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Button, Card, DataTable, Field, LoadState, PageHeader, StatTile, StatTiles } from '../../../ui';
import { listPositionOptions } from '../api';
import { getSuccessionDashboard } from '../management-api';
import { TalentTabs } from '../talent-tabs';
import { RiskBadge } from './risk-badge';

/**
 * `/talenta/suksesi`: the agency's succession dashboard: critical positions with their bench
 * (successors by readiness), the positions at risk first (vacant, or a holder retiring within the
 * horizon, with nobody ready now), bench strength per unit, and a way into any position's plan.
 */
export function SuccessionDashboardPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const navigate = useNavigate();
  const formatDay = useFormatDay();
  const formatPercent = useFormatPercent();
  const dashboard = useApi(agencyId ? `succession:${agencyId}` : null, () =>
    getSuccessionDashboard(agencyId ?? ''),
  );
  const positions = useApi(agencyId ? `position-options:${agencyId}` : null, () =>
    listPositionOptions(agencyId ?? ''),
  );
  const [chosen, setChosen] = useState('');
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = dashboard.data;
  const percentOrNone = (value: number | null) => (value === null ? t('common.none') : formatPercent(value));

  return (
    <div className="page">
      <PageHeader title={t('talent.succession.title')} subtitle={t('talent.succession.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      <LoadState loading={dashboard.loading && !data} error={dashboard.error} onRetry={dashboard.reload} />
      {data && (
        <>
          <StatTiles className="succession-tiles" label={t('talent.succession.summary')}>
            <StatTile
              value={data.summary.criticalPositions}
              label={t('talent.succession.criticalPositions')}
              valueTestId="succession-critical"
            />
            <StatTile
              value={data.summary.withReadySuccessor}
              label={t('talent.succession.withReady')}
              valueTestId="succession-ready"
            />
            <StatTile
              value={percentOrNone(data.summary.benchStrengthPercent)}
              label={t('talent.succession.benchStrength')}
            />
            <StatTile
              value={data.summary.atRisk.high}
              label={t('talent.succession.highRisk')}
              valueTestId="succession-high-risk"
            />
            <StatTile value={data.summary.successors} label={t('talent.succession.successors')} />
          </StatTiles>
          <Card
            title={t('talent.succession.positionsTitle')}
            titleId="succession-positions-title"
            compactTitle
          >
            <p className="muted small">
              {t('talent.succession.horizon', {
                count: data.retirementHorizonYears,
                date: formatDay(data.asOf),
              })}
            </p>
            <DataTable
              testId="succession-positions"
              aria-labelledby="succession-positions-title"
              columns={[
                t('talent.succession.position'),
                { label: t('talent.succession.holders'), numeric: true },
                t('talent.succession.firstRetirement'),
                t('talent.succession.bench'),
                t('talent.succession.risk'),
              ]}
              rows={data.positions}
              rowKey={(p) => p.positionId}
              renderRow={(p) => (
                <tr data-testid="succession-position" data-position-id={p.positionId} data-risk={p.risk}>
                  <td>
                    <Link
                      to={`/talenta/suksesi/${p.positionId}${search}`}
                      data-testid="succession-position-link"
                    >
                      {p.name}
                    </Link>
                    <br />
                    <span className="muted small">{p.unitName ?? ''}</span>
                  </td>
                  <td className="num">{p.holders}</td>
                  <td className="nowrap">
                    {p.firstRetirement ? formatDay(p.firstRetirement) : t('common.none')}
                    {p.holdersRetiring > 0 && (
                      <>
                        <br />
                        <span className="muted small">
                          {t('talent.succession.retiring', { count: p.holdersRetiring })}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    <span className="small" data-testid="succession-bench">
                      {t('talent.succession.benchCounts', {
                        now: p.bench.readyNow,
                        soon: p.bench.readyInOneToTwoYears,
                        later: p.bench.readyInThreeYearsOrMore,
                      })}
                    </span>
                    <br />
                    <span className="muted small">{p.bench.levelName}</span>
                  </td>
                  <td>
                    <RiskBadge level={p.risk} name={p.riskName} />
                    {p.reasons.length > 0 && (
                      <ul className="succession-reasons small">
                        {p.reasons.map((r) => (
                          <li key={r.code}>{r.name}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              )}
              empty={t('talent.succession.noCritical')}
              emptyTestId="succession-empty"
            />
          </Card>
          {data.byUnit.length > 0 && (
            <Card title={t('talent.succession.byUnitTitle')} titleId="succession-units-title" compactTitle>
              <DataTable
                testId="succession-units"
                aria-labelledby="succession-units-title"
                columns={[
                  t('talent.succession.unit'),
                  { label: t('talent.succession.criticalPositions'), numeric: true },
                  { label: t('talent.succession.withReady'), numeric: true },
                  { label: t('talent.succession.highRisk'), numeric: true },
                  { label: t('talent.succession.benchStrength'), numeric: true },
                ]}
                rows={data.byUnit}
                rowKey={(u) => u.orgUnitId ?? 'none'}
                renderRow={(u) => (
                  <tr data-testid="succession-unit">
                    <td>{u.name ?? t('talent.succession.noUnit')}</td>
                    <td className="num">{u.critical}</td>
                    <td className="num">{u.withReadySuccessor}</td>
                    <td className="num">{u.highRisk}</td>
                    <td className="num">{percentOrNone(u.benchStrengthPercent)}</td>
                  </tr>
                )}
              />
            </Card>
          )}
          {positions.data && (
            <Card title={t('talent.succession.openPlanTitle')} titleId="succession-open-title" compactTitle>
              <form
                className="succession-open"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (chosen) navigate(`/talenta/suksesi/${chosen}${search}`);
                }}
              >
                <Field label={t('talent.succession.position')}>
                  <select
                    name="positionId"
                    value={chosen}
                    data-testid="succession-choose-position"
                    onChange={(e) => setChosen(e.target.value)}
                  >
                    <option value="">{t('talent.succession.choosePosition')}</option>
                    {positions.data.items.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.orgUnitName ? `${p.name} — ${p.orgUnitName}` : p.name}
                      </option>
                    ))}
                  </select>
                </Field>
                <Button
                  type="submit"
                  variant="secondary"
                  disabled={!chosen}
                  data-testid="succession-open-plan"
                >
                  {t('talent.succession.openPlan')}
                </Button>
              </form>
            </Card>
          )}
          <p className="muted small">{Object.values(data.sources).join(' ')}</p>
        </>
      )}
    </div>
  );
}
