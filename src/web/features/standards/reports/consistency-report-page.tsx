import '../standards.css';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useApi } from '../../../shared/use-api';
import { useJobLevelNames } from '../../../shared/use-job-level-name';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Alert, Card, LoadState, PageHeader, StatTile, StatTiles } from '../../../ui';
import { useCapabilities, useCurrentUser } from '../../account/current-user';
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
  const { composeStandards } = useCapabilities();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const data = useApi(agencyId ? `consistency:${agencyId}` : null, () =>
    getConsistencyReport(agencyId ?? ''),
  );
  const jobLevelName = useJobLevelNames().name;
  const result = data.data;

  return (
    <div className="page">
      <PageHeader title={t('consistency.title')} subtitle={t('consistency.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      {!agencyId && !report.loading && <Alert tone="info">{t('reports.noAgencies')}</Alert>}
      <LoadState loading={data.loading && !result} error={data.error} onRetry={data.reload} />
      {result && (
        <div className="stack" data-testid="consistency-report">
          <StatTiles label={t('consistency.summary')} className="report-tiles">
            <StatTile value={result.differingLevels.length} label={t('consistency.differing.tile')} />
            <StatTile value={result.editedRows.length} label={t('consistency.edited.tile')} />
            <StatTile value={result.withoutStandard.length} label={t('consistency.without.tile')} />
          </StatTiles>
          <Card title={t('consistency.differing.title')} titleId="differing-title">
            <p className="muted small">{t('consistency.differing.hint')}</p>
            {result.differingLevels.length === 0 ? (
              <Alert tone="success" data-testid="differing-empty">
                {t('consistency.differing.empty')}
              </Alert>
            ) : (
              result.differingLevels.map((group) => (
                <DifferingLevelsGroup
                  key={`${group.positionName}:${group.jobLevel}`}
                  group={group}
                  jobLevelName={jobLevelName(group.jobLevel)}
                />
              ))
            )}
          </Card>
          <Card title={t('consistency.edited.title')} titleId="edited-title">
            <p className="muted small">{t('consistency.edited.hint')}</p>
            <EditedIndicatorsTable rows={result.editedRows} />
          </Card>
          <Card title={t('consistency.without.title')} titleId="without-title">
            <p className="muted small">{t('consistency.without.hint')}</p>
            <PositionsWithoutStandard
              positions={result.withoutStandard}
              jobLevelName={jobLevelName}
              canCompose={composeStandards && user.agency?.id === agencyId}
            />
          </Card>
        </div>
      )}
    </div>
  );
}
