import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useApi } from '../../../shared/use-api';
import { useJobLevelNames } from '../../../shared/use-job-level-name';
import { useReportAgency } from '../../../shared/use-report-agency';
import { LoadState } from '../../../ui';
import { useCurrentUser } from '../../account/current-user';
import { getConsistencyReport } from '../reports-api';
import { DifferingLevelsGroup } from './differing-levels-group';
import { EditedIndicatorsTable } from './edited-indicators-table';
import { PositionsWithoutStandard } from './positions-without-standard';

/**
 * `/skj/konsistensi`: what keeps an agency's standards from being one standard per job (seed 001):
 * same positions with different levels, indicators edited away from the dictionary, positions
 * without a standard.
 */
export function ConsistencyReportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const data = useApi(agencyId ? `consistency:${agencyId}` : null, () =>
    getConsistencyReport(agencyId ?? ''),
  );
  const jobLevelName = useJobLevelNames().name;
  const result = data.data;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('consistency.title')}</h1>
          <p className="muted page-subtitle">{t('consistency.intro')}</p>
        </div>
      </header>
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      {!agencyId && !report.loading && <p className="alert alert-info">{t('reports.noAgencies')}</p>}
      <LoadState loading={data.loading && !result} error={data.error} onRetry={data.reload} />
      {result && (
        <div className="stack" data-testid="consistency-report">
          <ul className="stat-tiles report-tiles" aria-label={t('consistency.summary')}>
            <li className="stat-tile">
              <span className="stat-value">{result.differingLevels.length}</span>
              <span className="stat-label">{t('consistency.differing.tile')}</span>
            </li>
            <li className="stat-tile">
              <span className="stat-value">{result.editedRows.length}</span>
              <span className="stat-label">{t('consistency.edited.tile')}</span>
            </li>
            <li className="stat-tile">
              <span className="stat-value">{result.withoutStandard.length}</span>
              <span className="stat-label">{t('consistency.without.tile')}</span>
            </li>
          </ul>
          <section className="card" aria-labelledby="differing-title">
            <h2 id="differing-title">{t('consistency.differing.title')}</h2>
            <p className="muted small">{t('consistency.differing.hint')}</p>
            {result.differingLevels.length === 0 ? (
              <p className="alert alert-success" data-testid="differing-empty">
                {t('consistency.differing.empty')}
              </p>
            ) : (
              result.differingLevels.map((group) => (
                <DifferingLevelsGroup
                  key={`${group.position_name}:${group.job_level}`}
                  group={group}
                  jobLevelName={jobLevelName(group.job_level)}
                />
              ))
            )}
          </section>
          <section className="card" aria-labelledby="edited-title">
            <h2 id="edited-title">{t('consistency.edited.title')}</h2>
            <p className="muted small">{t('consistency.edited.hint')}</p>
            <EditedIndicatorsTable rows={result.editedRows} />
          </section>
          <section className="card" aria-labelledby="without-title">
            <h2 id="without-title">{t('consistency.without.title')}</h2>
            <p className="muted small">{t('consistency.without.hint')}</p>
            <PositionsWithoutStandard
              positions={result.withoutStandard}
              jobLevelName={jobLevelName}
              canCompose={user.agency?.id === agencyId}
            />
          </section>
        </div>
      )}
    </div>
  );
}
