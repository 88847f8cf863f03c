import './position-map.css';
import './position-map-print.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { listOrgUnits } from '../../../shared/api/reference';
import { unitsInTreeOrder } from '../../../shared/org-units';
import { useApi } from '../../../shared/use-api';
import { useJobLevelNames } from '../../../shared/use-job-level-name';
import { useReportAgency } from '../../../shared/use-report-agency';
import {
  Alert,
  Button,
  ButtonAnchor,
  ButtonLink,
  Field,
  LoadState,
  PageHeader,
  StatTile,
  StatTiles,
} from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import { getPositionMap, type PositionMap, positionMapWorkbookUrl } from '../api';
import { MapDocuments } from './map-documents';
import { formatDifference } from './map-position-card';
import { MapZoomControls, useMapZoom } from './map-zoom';
import { PositionMapChart } from './position-map-chart';

/**
 * `/peta-jabatan`: the agency's position map (seed 004) as an org chart, with headcounts, job
 * grades and standard states; admins and drafters of the agency correct B and K in place.
 */
export function PositionMapPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [searchParams, setSearchParams] = useSearchParams();
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? ''));
  const requestedUnit = searchParams.get('unit');
  const orgUnitId = units.data?.items.some((u) => u.id === requestedUnit) ? requestedUnit : null;
  const map = useApi(agencyId && units.data ? `position-map:${agencyId}:${orgUnitId ?? ''}` : null, () =>
    getPositionMap(agencyId ?? '', orgUnitId),
  );
  const zoom = useMapZoom();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const jobLevelName = useJobLevelNames().name;
  // Only the agency's own organisation bureau edits, and its members see only their own agency's map.
  const capabilities = useCapabilities();
  const canEdit = capabilities.editPositionMap;
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';

  const chooseUnit = (id: string) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set('unit', id);
    else next.delete('unit');
    setSearchParams(next, { replace: true });
  };
  const toggle = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const result = map.data;

  return (
    <div className="page map-page map-print-scope">
      <PageHeader
        title={t('positionMap.title')}
        subtitle={result ? t('positionMap.subtitle', { agency: result.agency.name }) : t('positionMap.intro')}
      />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      {!agencyId && !report.loading && <Alert tone="info">{t('reports.noAgencies')}</Alert>}
      <LoadState loading={units.loading && !units.data} error={units.error} onRetry={units.reload} />
      {agencyId && units.data && (
        <div className="map-toolbar" role="toolbar" aria-label={t('positionMap.toolbar')}>
          <Field label={t('positionMap.unitFilter')} className="map-unit-filter">
            <select
              name="orgUnitId"
              data-testid="map-unit-filter"
              value={orgUnitId ?? ''}
              onChange={(event) => chooseUnit(event.target.value)}
            >
              <option value="">{t('positionMap.allUnits')}</option>
              {unitsInTreeOrder(units.data.items).map(({ unit, depth }) => (
                <option key={unit.id} value={unit.id}>
                  {`${'\u00a0\u00a0'.repeat(depth)}${depth > 0 ? '└ ' : ''}${unit.name}`}
                </option>
              ))}
            </select>
          </Field>
          <MapZoomControls zoom={zoom} />
          {collapsed.size > 0 && (
            <Button size="small" data-testid="map-expand-all" onClick={() => setCollapsed(new Set())}>
              {t('positionMap.expandAll')}
            </Button>
          )}
          <span className="map-toolbar-spacer" />
          <Button size="small" data-testid="map-print" onClick={() => window.print()}>
            {t('positionMap.print')}
          </Button>
          <ButtonLink
            size="small"
            data-testid="map-workload-summary"
            to={`/peta-jabatan/beban-kerja?${new URLSearchParams({ ...(orgUnitId ? { unit: orgUnitId } : {}), ...(report.canChoose ? { instansi: agencyId } : {}) })}`}
          >
            {t('workloadSummary.title')}
          </ButtonLink>
          {capabilities.importPositionMap && (
            <ButtonLink size="small" data-testid="map-import" to="/peta-jabatan/impor">
              {t('positionMapImport.open')}
            </ButtonLink>
          )}
          <ButtonAnchor
            size="small"
            data-testid="map-export"
            href={positionMapWorkbookUrl(agencyId, orgUnitId)}
            download
          >
            {t('positionMap.export')}
          </ButtonAnchor>
        </div>
      )}
      {agencyId && units.data && <MapDocuments agencyId={agencyId} orgUnitId={orgUnitId} />}
      <LoadState loading={map.loading && !result} error={map.error} onRetry={map.reload} />
      {result && (
        <>
          <MapTotals map={result} />
          <p className="muted small map-legend" id="map-zoom-hint">
            {t('positionMap.legend')} {t('positionMap.zoom.hint')}
          </p>
          {result.units.length === 0 ? (
            <Alert tone="info">{t('positionMap.empty')}</Alert>
          ) : (
            <PositionMapChart
              units={result.units}
              zoom={zoom}
              collapsed={collapsed}
              onToggle={toggle}
              card={{ jobLevelName, canEdit, search, onSaved: map.reload }}
            />
          )}
        </>
      )}
    </div>
  );
}

function MapTotals({ map }: { map: PositionMap }) {
  const { t } = useTranslation();
  const { totals } = map;
  const difference = totals.headcount - totals.requiredHeadcount;
  const tiles: [string, string, string][] = [
    ['positions', t('positionMap.totals.positions'), String(totals.positions)],
    ['headcount', t('positionMap.totals.headcount'), String(totals.headcount)],
    ['required', t('positionMap.totals.required'), String(totals.requiredHeadcount)],
    ['difference', t('positionMap.totals.difference'), formatDifference(difference)],
    ['evaluated', t('positionMap.totals.evaluated'), `${totals.evaluated}/${totals.positions}`],
    ['ratified', t('positionMap.totals.ratified'), `${totals.ratified}/${totals.positions}`],
  ];
  return (
    <StatTiles label={t('positionMap.totals.label')} className="map-totals">
      {tiles.map(([key, label, value]) => (
        <StatTile key={key} testId={`map-total-${key}`} value={value} label={label} />
      ))}
    </StatTiles>
  );
}
