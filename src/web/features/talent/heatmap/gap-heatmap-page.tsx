import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { listOrgUnits } from '../../../shared/api/reference';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Alert, ButtonAnchor, Card, LoadState, PageHeader } from '../../../ui';
import { getGapHeatmap } from '../api';
import { TalentTabs } from '../talent-tabs';
import { GapHeatmapTable, heatmapCsv } from './gap-heatmap-table';
import { OrgUnitSelect } from './org-unit-select';
import { TrainingNeedsList } from './training-needs-list';

/**
 * `/pegawai/unit`: an org unit's competency gaps (competency × position, sub-units included) and
 * the training needs they add up to; the unit is kept in the address (`?unit=`).
 */
export function GapHeatmapPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [searchParams, setSearchParams] = useSearchParams();
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? ''));
  const requested = searchParams.get('unit');
  const orgUnitId = units.data?.items.some((u) => u.id === requested) ? requested : null;
  const heatmap = useApi(orgUnitId ? `gap-heatmap:${orgUnitId}` : null, () => getGapHeatmap(orgUnitId ?? ''));
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = heatmap.data;

  const chooseUnit = (id: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set('unit', id);
    else next.delete('unit');
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page">
      <PageHeader title={t('talent.heatmap.title')} subtitle={t('talent.heatmap.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      <LoadState loading={units.loading && !units.data} error={units.error} onRetry={units.reload} />
      {units.data && (
        <div className="toolbar heatmap-toolbar">
          <OrgUnitSelect units={units.data.items} value={orgUnitId} onChange={chooseUnit} />
          {data && data.positions.length > 0 && (
            <ButtonAnchor
              size="small"
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(heatmapCsv(data))}`}
              download={`kesenjangan-${data.unit.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`}
              data-testid="heatmap-download"
            >
              {t('talent.heatmap.download')}
            </ButtonAnchor>
          )}
        </div>
      )}
      <LoadState loading={heatmap.loading && !data} error={heatmap.error} onRetry={heatmap.reload} />
      {data && data.positions.length === 0 && (
        <Alert tone="info" data-testid="heatmap-empty">
          {t('talent.heatmap.empty')}
        </Alert>
      )}
      {data && data.positions.length > 0 && (
        <>
          <Card
            title={t('talent.heatmap.heading', { unit: data.unit.name })}
            titleId="heatmap-title"
            compactTitle
          >
            <GapHeatmapTable data={data} />
          </Card>
          <Card title={t('talent.heatmap.needsTitle')} titleId="needs-title" compactTitle>
            <TrainingNeedsList needs={data.trainingNeeds} />
          </Card>
        </>
      )}
    </div>
  );
}
