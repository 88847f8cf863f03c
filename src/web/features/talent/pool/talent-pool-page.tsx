import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Card, LoadState, PageHeader } from '../../../ui';
import { getTalentPool } from '../api';
import { TalentTabs } from '../talent-tabs';
import { NineBoxGrid } from './nine-box-grid';

/**
 * `/talenta`: the agency's talent pool (9-box): performance from the imported rating, potential
 * from the job-person match against the own position.
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
          <p className="muted small" data-testid="numbering-note">
            {t('talent.pool.numberingNote')}
          </p>
          <Card title={t('talent.pool.unplacedTitle')} titleId="unplaced-title" compactTitle>
            <ul className="talent-unplaced" data-testid="talent-unplaced">
              <li data-testid="unplaced-no-match" data-count={data.unplaced.noMatch}>
                {t('talent.pool.noMatch', { count: data.unplaced.noMatch })}
              </li>
              <li data-testid="unplaced-no-performance" data-count={data.unplaced.noPerformance}>
                {t('talent.pool.noPerformance', { count: data.unplaced.noPerformance })}
              </li>
            </ul>
          </Card>
        </>
      )}
    </div>
  );
}
