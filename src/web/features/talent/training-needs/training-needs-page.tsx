import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CompetencyKind } from '../../../../domain/reference';
import { AgencyPicker } from '../../../shared/agency-picker';
import { listOrgUnits } from '../../../shared/api/reference';
import { CompetencyKindBadge } from '../../../shared/competency-kind-badge';
import { useFormatNumber } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import {
  Badge,
  ButtonAnchor,
  Card,
  DataTable,
  LoadState,
  PageHeader,
  StatTile,
  StatTiles,
} from '../../../ui';
import { OrgUnitSelect } from '../heatmap/org-unit-select';
import { getTrainingNeeds, trainingNeedsXlsxHref } from '../management-api';
import { TalentTabs } from '../talent-tabs';

const priorityTones = { high: 'warning', medium: 'info', low: 'muted' } as const;

/**
 * `/talenta/kebutuhan-pengembangan`: the yearly analysis of competency development needs: gaps per
 * unit × competency, prioritised by gap × importance, with people short and the suggested form of
 * development; the same plan as an Excel workbook.
 */
export function TrainingNeedsPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [searchParams, setSearchParams] = useSearchParams();
  const formatNumber = useFormatNumber();
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? ''));
  const requested = searchParams.get('unit');
  const orgUnitId = units.data?.items.some((u) => u.id === requested) ? requested : null;
  const needs = useApi(agencyId ? `training-needs:${agencyId}:${orgUnitId ?? ''}` : null, () =>
    getTrainingNeeds(agencyId ?? '', orgUnitId),
  );
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = needs.data;

  const chooseUnit = (id: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set('unit', id);
    else next.delete('unit');
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page">
      <PageHeader
        title={t('talent.trainingNeeds.title')}
        subtitle={t('talent.trainingNeeds.intro')}
        actions={
          agencyId && (
            <ButtonAnchor
              variant="secondary"
              href={trainingNeedsXlsxHref(agencyId, orgUnitId)}
              download
              data-testid="training-needs-xlsx"
            >
              {t('talent.trainingNeeds.excel')}
            </ButtonAnchor>
          )
        }
      />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      {units.data && (
        <div className="toolbar">
          <OrgUnitSelect
            units={units.data.items}
            value={orgUnitId}
            onChange={chooseUnit}
            emptyLabel={t('talent.retirement.wholeAgency')}
            testId="training-needs-unit"
          />
        </div>
      )}
      <LoadState loading={needs.loading && !data} error={needs.error} onRetry={needs.reload} />
      {data && (
        <>
          <StatTiles className="training-needs-tiles" label={t('talent.trainingNeeds.totals')}>
            <StatTile
              value={data.totals.needs}
              label={t('talent.trainingNeeds.needs')}
              valueTestId="needs-total"
            />
            <StatTile value={data.totals.peopleGaps} label={t('talent.trainingNeeds.peopleGaps')} />
            <StatTile
              value={data.totals.byPriority.high}
              label={t('talent.trainingNeeds.highPriority')}
              valueTestId="needs-high"
            />
          </StatTiles>
          <Card
            title={t('talent.trainingNeeds.planTitle', { year: data.year })}
            titleId="needs-plan-title"
            compactTitle
          >
            <DataTable
              testId="training-needs-plan"
              aria-labelledby="needs-plan-title"
              columns={[
                t('talent.trainingNeeds.priority'),
                t('talent.columns.competency'),
                t('talent.succession.unit'),
                { label: t('talent.trainingNeeds.people'), numeric: true },
                { label: t('talent.trainingNeeds.averageGap'), numeric: true },
                t('talent.trainingNeeds.importance'),
                t('talent.trainingNeeds.action'),
              ]}
              rows={data.items}
              rowKey={(item) => `${item.orgUnitId ?? ''}:${item.competencyKey}`}
              renderRow={(item) => (
                <tr data-testid="training-need-row" data-code={item.code} data-priority={item.priority}>
                  <td>
                    <Badge tone={priorityTones[item.priority]}>{item.priorityName}</Badge>
                  </td>
                  <td>
                    <CompetencyKindBadge kind={item.kind as CompetencyKind} />{' '}
                    <code className="small">{item.code}</code> {item.name}
                  </td>
                  <td>{item.unitName ?? t('talent.succession.noUnit')}</td>
                  <td className="num">
                    {item.people}/{item.holders}
                  </td>
                  <td className="num">{formatNumber(item.averageGap)}</td>
                  <td>{item.importanceName ?? t('common.none')}</td>
                  <td className="small">{item.suggestion}</td>
                </tr>
              )}
              empty={t('talent.trainingNeeds.empty')}
              emptyTestId="training-needs-empty"
            />
          </Card>
          {data.byCompetency.length > 0 && (
            <Card
              title={t('talent.trainingNeeds.byCompetency')}
              titleId="needs-competency-title"
              compactTitle
            >
              <DataTable
                testId="training-needs-competencies"
                aria-labelledby="needs-competency-title"
                columns={[
                  t('talent.columns.competency'),
                  { label: t('talent.trainingNeeds.people'), numeric: true },
                  { label: t('talent.trainingNeeds.units'), numeric: true },
                  { label: t('talent.trainingNeeds.averageGap'), numeric: true },
                ]}
                rows={data.byCompetency}
                rowKey={(c) => c.competencyKey}
                renderRow={(c) => (
                  <tr>
                    <td>
                      <code className="small">{c.code}</code> {c.name}
                    </td>
                    <td className="num">{c.people}</td>
                    <td className="num">{c.units}</td>
                    <td className="num">{formatNumber(c.averageGap)}</td>
                  </tr>
                )}
              />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
