import '../talent.css';
import '../talent-management.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { listOrgUnits } from '../../../shared/api/reference';
import { useFormatDay } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Button, Card, DataTable, Field, LoadState, PageHeader, StatTile, StatTiles } from '../../../ui';
import { OrgUnitSelect } from '../heatmap/org-unit-select';
import { getRetirementForecast, type RetirementForecast } from '../management-api';
import { TalentTabs } from '../talent-tabs';

const horizons = [1, 2, 5, 10] as const;

/**
 * `/talenta/pensiun`: who retires in the next 1, 2 and 5 years (PP 11/2017 art. 239: the pension
 * age of the position's job level; the first day of the month after the birthday), per unit and
 * per position, and the people within the chosen horizon, paged.
 */
export function RetirementForecastPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [searchParams, setSearchParams] = useSearchParams();
  const formatDay = useFormatDay();
  const jobLevelName = useJobLevelName();
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? ''));
  const requested = searchParams.get('unit');
  const orgUnitId = units.data?.items.some((u) => u.id === requested) ? requested : null;
  const years = Number(searchParams.get('tahun')) || 5;
  const forecast = useApi(agencyId ? `retirement:${agencyId}:${orgUnitId ?? ''}:${years}` : null, () =>
    getRetirementForecast(agencyId ?? '', { years, orgUnitId }),
  );
  const [more, setMore] = useState<{
    key: string;
    pages: RetirementForecast['items'];
    cursor: string | null;
  } | null>(null);
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = forecast.data;
  const key = `${agencyId}:${orgUnitId}:${years}`;
  const extra = more?.key === key ? more : null;
  const people = [...(data?.items ?? []), ...(extra?.pages ?? [])];
  const nextCursor = extra ? extra.cursor : (data?.nextCursor ?? null);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };

  async function loadMore() {
    if (!agencyId || !nextCursor) return;
    const page = await getRetirementForecast(agencyId, { years, orgUnitId, cursor: nextCursor });
    setMore({ key, pages: [...(extra?.pages ?? []), ...page.items], cursor: page.nextCursor });
  }

  return (
    <div className="page">
      <PageHeader title={t('talent.retirement.title')} subtitle={t('talent.retirement.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      <div className="toolbar retirement-filters">
        {units.data && (
          <OrgUnitSelect
            units={units.data.items}
            value={orgUnitId}
            onChange={(id) => setParam('unit', id)}
            emptyLabel={t('talent.retirement.wholeAgency')}
            testId="retirement-unit"
          />
        )}
        <Field label={t('talent.retirement.horizon')}>
          <select
            name="years"
            value={years}
            data-testid="retirement-years"
            onChange={(e) => setParam('tahun', e.target.value)}
          >
            {horizons.map((y) => (
              <option key={y} value={y}>
                {t('talent.retirement.years', { count: y })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <LoadState loading={forecast.loading && !data} error={forecast.error} onRetry={forecast.reload} />
      {data && (
        <>
          <StatTiles className="retirement-tiles" label={t('talent.retirement.totals')}>
            <StatTile
              value={data.totals.within1Year}
              label={t('talent.retirement.within1')}
              valueTestId="retire-1"
            />
            <StatTile
              value={data.totals.within2Years}
              label={t('talent.retirement.within2')}
              valueTestId="retire-2"
            />
            <StatTile
              value={data.totals.within5Years}
              label={t('talent.retirement.within5')}
              valueTestId="retire-5"
            />
            <StatTile
              value={data.totals.overdue}
              label={t('talent.retirement.overdue')}
              valueTestId="retire-overdue"
            />
            <StatTile value={data.totals.people} label={t('talent.retirement.people')} />
          </StatTiles>
          <Card title={t('talent.retirement.byPosition')} titleId="retirement-positions-title" compactTitle>
            <DataTable
              testId="retirement-positions"
              aria-labelledby="retirement-positions-title"
              columns={[
                t('talent.succession.position'),
                { label: t('talent.retirement.pensionAge'), numeric: true },
                { label: t('talent.retirement.within1'), numeric: true },
                { label: t('talent.retirement.within2'), numeric: true },
                { label: t('talent.retirement.within5'), numeric: true },
              ]}
              rows={data.byPosition}
              rowKey={(p) => p.positionId}
              renderRow={(p) => (
                <tr data-testid="retirement-position" data-position-id={p.positionId}>
                  <td>
                    {p.name}
                    <br />
                    <span className="muted small">
                      {jobLevelName(p.jobLevel)}
                      {p.unitName ? ` · ${p.unitName}` : ''}
                    </span>
                  </td>
                  <td className="num">{p.pensionAge}</td>
                  <td className="num">{p.within1Year}</td>
                  <td className="num">{p.within2Years}</td>
                  <td className="num">{p.within5Years}</td>
                </tr>
              )}
              empty={t('talent.retirement.none')}
            />
          </Card>
          <Card title={t('talent.retirement.byUnit')} titleId="retirement-units-title" compactTitle>
            <DataTable
              testId="retirement-units"
              aria-labelledby="retirement-units-title"
              columns={[
                t('talent.succession.unit'),
                { label: t('talent.retirement.within1'), numeric: true },
                { label: t('talent.retirement.within2'), numeric: true },
                { label: t('talent.retirement.within5'), numeric: true },
              ]}
              rows={data.byUnit}
              rowKey={(u) => u.orgUnitId ?? 'none'}
              renderRow={(u) => (
                <tr data-testid="retirement-unit-row">
                  <td>{u.name ?? t('talent.succession.noUnit')}</td>
                  <td className="num">{u.within1Year}</td>
                  <td className="num">{u.within2Years}</td>
                  <td className="num">{u.within5Years}</td>
                </tr>
              )}
              empty={t('talent.retirement.none')}
            />
          </Card>
          <Card
            title={t('talent.retirement.peopleTitle', { count: years })}
            titleId="retirement-people-title"
            compactTitle
          >
            <DataTable
              testId="retirement-people"
              aria-labelledby="retirement-people-title"
              columns={[
                t('talent.columns.name'),
                t('talent.columns.position'),
                t('talent.retirement.retiresOn'),
              ]}
              rows={people}
              rowKey={(p) => p.nip}
              renderRow={(p) => (
                <tr data-testid="retirement-person" data-nip={p.nip} data-retires-on={p.retiresOn}>
                  <td>{p.name}</td>
                  <td>
                    {p.positionName ?? t('talent.identity.noPosition')}
                    <br />
                    <span className="muted small">
                      {t('talent.retirement.ageNote', { age: p.pensionAge })}
                      {p.pensionAgeAssumed ? ` ${t('talent.retirement.assumed')}` : ''}
                    </span>
                  </td>
                  <td className="nowrap">{formatDay(p.retiresOn)}</td>
                </tr>
              )}
              empty={t('talent.retirement.none')}
              paging={
                nextCursor && (
                  <Button
                    variant="secondary"
                    size="small"
                    onClick={() => void loadMore()}
                    data-testid="retirement-more"
                  >
                    {t('talent.retirement.more')}
                  </Button>
                )
              }
            />
          </Card>
          <p className="muted small">{Object.values(data.sources).join(' ')}</p>
        </>
      )}
    </div>
  );
}
