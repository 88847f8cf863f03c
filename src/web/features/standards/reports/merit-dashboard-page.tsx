import '../standards.css';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../../shared/agency-picker';
import { CoverageBar } from '../../../shared/coverage-bar';
import { useFormatPercent } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useJobLevelNames } from '../../../shared/use-job-level-name';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Card, LoadState, PageHeader } from '../../../ui';
import { useCurrentUser } from '../../account/current-user';
import { getMeritDashboard } from '../reports-api';
import { CoverageTable } from './coverage-table';

/**
 * `/dasbor-merit`: the first merit criterion, every position has a standard. Agency users see their
 * agency; national roles see every agency and may drill into one (`?instansi=`).
 */
export function MeritDashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const report = useReportAgency(false);
  const agencyId = report.agencyId;
  const ready = !report.canChoose || !report.loading;
  const data = useApi(ready ? `merit:${agencyId ?? 'national'}` : null, () => getMeritDashboard(agencyId));
  const jobLevels = useJobLevelNames();
  const formatPercent = useFormatPercent();
  const dashboard = data.data;
  const agencyName = user.agency?.name ?? report.agencies.find((agency) => agency.id === agencyId)?.name;

  return (
    <div className="page">
      <PageHeader title={t('merit.title')} subtitle={t('merit.intro')} />
      <AgencyPicker report={report} nationalOption />
      <LoadState loading={report.loading} error={report.error} />
      <LoadState loading={data.loading && !dashboard} error={data.error} onRetry={data.reload} />
      {dashboard && (
        <>
          <Card
            title={agencyId ? t('merit.totalAgency', { name: agencyName ?? '' }) : t('merit.totalNational')}
            titleId="merit-total-title"
            className="merit-summary"
          >
            <p className="merit-total" data-testid="merit-total">
              <span className="merit-total-value">{formatPercent(dashboard.total.percent)}</span>{' '}
              <span className="muted">
                {t('merit.totalText', {
                  ratified: dashboard.total.ratified,
                  positions: dashboard.total.positions,
                })}
              </span>
            </p>
            <CoverageBar coverage={dashboard.total} withText={false} />
          </Card>
          {!agencyId && (
            <CoverageTable
              id="by-agency"
              title={t('merit.byAgency')}
              groupHeading={t('merit.agency')}
              groups={dashboard.byAgency}
              onChoose={(group) => report.choose(group.key)}
            />
          )}
          {agencyId && (
            <CoverageTable
              id="by-org-unit"
              title={t('merit.byOrgUnit')}
              groupHeading={t('merit.orgUnit')}
              groups={dashboard.byOrgUnit}
              label={(group) => (group.key === '-' ? t('merit.noOrgUnit') : group.label)}
            />
          )}
          <CoverageTable
            id="by-job-level"
            title={t('merit.byJobLevel')}
            groupHeading={t('merit.jobLevel')}
            groups={[...dashboard.byJobLevel].sort((a, b) => jobLevels.compare(a.key, b.key))}
            label={(group) => jobLevels.name(group.key)}
          />
        </>
      )}
    </div>
  );
}
