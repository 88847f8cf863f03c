import './job-descriptions.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AgencyPicker } from '../../shared/agency-picker';
import { listOrgUnits, type OrgUnit } from '../../shared/api/reference';
import { useFormatNumber } from '../../shared/format';
import { useApi } from '../../shared/use-api';
import { useReportAgency } from '../../shared/use-report-agency';
import {
  Alert,
  Badge,
  ButtonAnchor,
  Card,
  DataTable,
  Field,
  LoadState,
  PageHeader,
  StatTile,
  StatTiles,
} from '../../ui';
import { formatDifference } from '../organisation/position-map/map-position-card';
import {
  getWorkloadSettings,
  getWorkloadSummary,
  type WorkloadSummary,
  workloadSummaryWorkbookUrl,
} from './api';
import { WorkloadSettingsForm } from './editor/workload-settings-form';

/** Units depth first under their parents, for the indented unit list. */
function unitsInTreeOrder(items: OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const out: { unit: OrgUnit; depth: number }[] = [];
  const known = new Set(items.map((u) => u.id));
  const walk = (parentId: string | null, depth: number) => {
    for (const unit of items) {
      if ((unit.parentId && known.has(unit.parentId) ? unit.parentId : null) !== parentId) continue;
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * `/peta-jabatan/beban-kerja`: the workload summary (rekapitulasi ABK) of a unit and its
 * sub-units: workload, need, K against B with shortage and surplus, the Excel export, and the
 * agency's effective working time (the admin changes it here).
 */
export function WorkloadSummaryPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [searchParams, setSearchParams] = useSearchParams();
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? ''));
  const ordered = unitsInTreeOrder(units.data?.items ?? []);
  const requested = searchParams.get('unit');
  const unitId = ordered.some((u) => u.unit.id === requested) ? requested : (ordered[0]?.unit.id ?? null);
  const summary = useApi(unitId ? `workload-summary:${unitId}` : null, () =>
    getWorkloadSummary(unitId ?? ''),
  );
  const settings = useApi(agencyId ? `workload-settings:${agencyId}` : null, () =>
    getWorkloadSettings(agencyId ?? ''),
  );

  const chooseUnit = (id: string) => {
    const next = new URLSearchParams(searchParams);
    next.set('unit', id);
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page jd-page">
      <nav className="breadcrumb" aria-label={t('jobDescription.breadcrumb')}>
        <Link to="/peta-jabatan">{t('positionMap.title')}</Link> › {t('workloadSummary.title')}
      </nav>
      <PageHeader title={t('workloadSummary.title')} subtitle={t('workloadSummary.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={units.loading && !units.data} error={units.error} onRetry={units.reload} />
      {units.data && ordered.length === 0 && <Alert tone="info">{t('workloadSummary.noUnits')}</Alert>}
      {unitId && (
        <div className="toolbar jd-summary-toolbar">
          <Field label={t('workloadSummary.unit')}>
            <select
              value={unitId}
              data-testid="jd-summary-unit"
              onChange={(event) => chooseUnit(event.target.value)}
            >
              {ordered.map(({ unit, depth }) => (
                <option key={unit.id} value={unit.id}>
                  {`${'\u00a0\u00a0'.repeat(depth)}${unit.name}`}
                </option>
              ))}
            </select>
          </Field>
          <ButtonAnchor
            size="small"
            data-testid="jd-summary-export"
            href={workloadSummaryWorkbookUrl(unitId)}
            download
          >
            {t('workloadSummary.export')}
          </ButtonAnchor>
        </div>
      )}
      <LoadState loading={summary.loading && !summary.data} error={summary.error} onRetry={summary.reload} />
      {summary.data && <SummaryTable summary={summary.data} />}
      {agencyId && settings.data && (
        <WorkloadSettingsForm
          key={`${settings.data.effectiveMinutesPerYear}:${settings.data.minutesPerDay}`}
          agencyId={agencyId}
          settings={settings.data}
          onSaved={() => {
            settings.reload();
            summary.reload();
          }}
        />
      )}
    </div>
  );
}

function SummaryTable({ summary }: { summary: WorkloadSummary }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const need = (value: number | null) =>
    value === null
      ? t('common.none')
      : value.toLocaleString(t('jobDescription.locale'), {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        });
  const { totals } = summary;
  return (
    <Card title={summary.orgUnit.name} titleId="jd-summary-title">
      <StatTiles label={t('workloadSummary.totals')}>
        {(
          [
            ['positions', `${totals.withJobDescription}/${totals.positions}`],
            ['need', need(totals.workloadNeed)],
            ['required', String(totals.requiredHeadcount)],
            ['headcount', String(totals.headcount)],
            ['shortage', String(totals.shortage)],
            ['surplus', String(totals.surplus)],
          ] as const
        ).map(([key, value]) => (
          <StatTile
            key={key}
            testId={`jd-summary-total-${key}`}
            value={value}
            label={t(`workloadSummary.tiles.${key}`)}
          />
        ))}
      </StatTiles>
      <DataTable
        testId="jd-summary-table"
        className="jd-summary-table"
        columns={[
          t('workloadSummary.position'),
          { label: t('workloadSummary.tasks'), numeric: true },
          { label: t('workloadSummary.minutes'), numeric: true },
          { label: t('workloadSummary.need'), numeric: true },
          { label: <abbr title={t('positionMap.card.requiredTitle')}>K</abbr>, numeric: true },
          { label: <abbr title={t('positionMap.card.headcountTitle')}>B</abbr>, numeric: true },
          { label: t('workloadSummary.difference'), numeric: true },
        ]}
        groups={summary.units.map((unit) => (
          <tbody key={unit.id}>
            <tr className="jd-summary-unit">
              <th scope="colgroup" colSpan={7} style={{ paddingLeft: `${0.75 + unit.depth * 1.25}rem` }}>
                {unit.name}
              </th>
            </tr>
            {unit.positions.length === 0 && (
              <tr>
                <td colSpan={7} className="muted small">
                  {t('workloadSummary.noPositions')}
                </td>
              </tr>
            )}
            {unit.positions.map((p) => (
              <tr key={p.id} data-testid="jd-summary-row" data-position-id={p.id}>
                <td>
                  <Link to={`/peta-jabatan/uraian/${p.id}`}>{p.name}</Link>
                  {!p.hasJobDescription && (
                    <Badge tone="muted" className="jd-summary-none">
                      {t('workloadSummary.noJobDescription')}
                    </Badge>
                  )}
                </td>
                <td className="num">{p.hasJobDescription ? p.tasks : t('common.none')}</td>
                <td className="num">
                  {p.workloadMinutes === null ? t('common.none') : format(p.workloadMinutes)}
                </td>
                <td className="num" data-testid="jd-summary-need">
                  {need(p.workloadNeed)}
                </td>
                <td className="num" data-testid="jd-summary-required">
                  {p.requiredHeadcount}
                </td>
                <td className="num">{p.headcount}</td>
                <td className={`num ${p.difference < 0 ? 'jd-short' : p.difference > 0 ? 'jd-surplus' : ''}`}>
                  {formatDifference(p.difference)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      />
      <p className="muted small">{t('workloadSummary.legend')}</p>
    </Card>
  );
}
