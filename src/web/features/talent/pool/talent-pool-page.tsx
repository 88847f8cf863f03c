import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Card, LoadState, PageHeader } from '../../../ui';
import { getTalentPool } from '../api';
import { TalentTabs } from '../talent-tabs';
import { NineBoxGrid } from './nine-box-grid';

/**
 * `/talenta`: the agency's talent pool on the 9-box of practice: kinerja from the SKP rating,
 * potential from potential results, the JPM standing in only where the policy allows it, counted
 * and marked apart.
 */
export function TalentPoolPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const pool = useApi(agencyId ? `talent-pool:${agencyId}` : null, () => getTalentPool(agencyId ?? ''));
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = pool.data;
  const placed = data ? data.boxes.reduce((n, box) => n + box.count, 0) : 0;

  return (
    <div className="page">
      <PageHeader title={t('talent.pool.title')} subtitle={t('talent.pool.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      <LoadState loading={pool.loading && !data} error={pool.error} onRetry={pool.reload} />
      {data && (
        <>
          <p data-testid="talent-pool-summary">
            {t('talent.pool.summary', { placed, total: data.civilServants })}
          </p>
          <NineBoxGrid boxes={data.boxes} search={search} />
          <Card title={t('talent.pool.basisTitle')} titleId="basis-title" compactTitle>
            <ul className="talent-unplaced" data-testid="talent-basis">
              <li data-testid="placed-by-potential" data-count={data.placedBy.potentialAssessment}>
                {t('talent.pool.byPotential', { count: data.placedBy.potentialAssessment })}
              </li>
              <li data-testid="placed-by-jpm" data-count={data.placedBy.jpm}>
                {data.potentialFallbackToJpm
                  ? t('talent.pool.byJpmTotal', { count: data.placedBy.jpm })
                  : t('talent.pool.noFallback')}
              </li>
              <li data-testid="unplaced-no-potential" data-count={data.unplaced.noPotential}>
                {t('talent.pool.noPotential', { count: data.unplaced.noPotential })}
              </li>
              <li data-testid="unplaced-no-performance" data-count={data.unplaced.noPerformance}>
                {t('talent.pool.noPerformance', { count: data.unplaced.noPerformance })}
              </li>
            </ul>
            <p className="muted small" data-testid="nine-box-source">
              {t('talent.pool.sources', {
                nineBox: data.sources.nineBox,
                performance: data.sources.performance,
              })}
            </p>
          </Card>
        </>
      )}
    </div>
  );
}
