import '../standards.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { getJobLevels, listOrgUnits, type PositionGroup } from '../../../shared/api/reference';
import { unitsInTreeOrder } from '../../../shared/org-units';
import { useApi } from '../../../shared/use-api';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Alert, Button, Card, DataTable, ErrorAlert, Field, LoadState, PageHeader } from '../../../ui';
import { useCapabilities, useCurrentUser } from '../../account/current-user';
import {
  type ListedPosition,
  listPositionPage,
  type PositionFilter,
  type PositionState,
  positionStates,
  retirePosition,
} from '../positions-api';
import { PositionFormDialog, RetirePositionDialog } from './position-form-dialog';
import { PositionRow } from './position-row';
import { StandardsExcel } from './standards-excel';
import { StandardsWordImport } from './standards-word-import';

const groups: readonly PositionGroup[] = ['leadership', 'administrative', 'functional'];
const filterKeys = ['q', 'orgUnitId', 'positionGroup', 'jobLevel', 'state'] as const;

/**
 * `/skj`: the agency's positions at real size: searched by name or unit, filtered by unit (with
 * its sub-units), group, level and where the standard stands, loaded a page at a time. Each row
 * opens or starts its standard; composers add and edit positions, the admin retires them.
 * National roles choose the agency. The filters live in the address, so a link keeps them.
 */
export function StandardsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const capabilities = useCapabilities();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [params, setParams] = useSearchParams();
  const filter: PositionFilter = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) (filter as Record<string, string>)[key] = value;
  }
  const [search, setSearch] = useState(filter.q ?? '');
  const debouncedSearch = useDebouncedValue(search, 300);
  const [pages, setPages] = useState<{ key: string; items: ListedPosition[]; next: string | null } | null>(
    null,
  );
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [editing, setEditing] = useState<ListedPosition | 'new' | null>(null);
  const [retiring, setRetiring] = useState<ListedPosition | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const setFilter = (changes: Partial<Record<(typeof filterKeys)[number], string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  // The address follows every keystroke; the list follows the text once typing pauses.
  const query: PositionFilter = { ...filter, q: debouncedSearch.trim() || undefined };
  if (!query.q) delete query.q;

  const key = agencyId ? `positions:${agencyId}:${JSON.stringify(query)}` : null;
  const first = useApi(key, () => listPositionPage(agencyId ?? '', query, null));
  const levels = useApi('job-levels', getJobLevels).data?.items ?? [];
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? '')).data
    ?.items;

  const shown = pages && pages.key === key ? pages : null;
  const items = shown ? shown.items : (first.data?.items ?? []);
  const nextCursor = shown ? shown.next : (first.data?.nextCursor ?? null);
  const total = first.data?.total ?? 0;
  const filtered = filterKeys.some((k) => filter[k]);

  async function loadMore() {
    if (!agencyId || !nextCursor || !key) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listPositionPage(agencyId, query, nextCursor);
      setPages({ key, items: [...items, ...page.items], next: page.nextCursor });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  }

  function reload(message: string) {
    setPages(null);
    setNotice(message);
    first.reload();
  }

  const canAdd = capabilities.createPositions && agencyId === user.agency?.id;

  return (
    <div className="page">
      <PageHeader
        title={t('standards.title')}
        subtitle={t('standards.intro')}
        actions={
          canAdd && (
            <Button variant="primary" data-testid="add-position" onClick={() => setEditing('new')}>
              {t('positions.add')}
            </Button>
          )
        }
      />
      <AgencyPicker report={report} />
      {!agencyId && !report.loading && <Alert tone="info">{t('standards.noAgency')}</Alert>}
      {notice && (
        <Alert tone="success" role="status" data-testid="positions-notice">
          {notice}
        </Alert>
      )}
      {agencyId && (
        <Card
          title={t('positions.listTitle', { count: total })}
          titleId="positions-title"
          titleTestId="positions-title"
        >
          <search className="positions-filters" aria-label={t('positions.filters.label')}>
            <Field label={t('positions.filters.search')} className="positions-filters-search">
              <input
                type="search"
                name="q"
                data-testid="positions-search"
                placeholder={t('positions.filters.searchPlaceholder')}
                value={search}
                onChange={(event) => {
                  setSearch(event.target.value);
                  setFilter({ q: event.target.value.trim() || undefined });
                }}
              />
            </Field>
            <Field label={t('positions.filters.unit')}>
              <select
                name="orgUnitId"
                data-testid="positions-filter-unit"
                value={filter.orgUnitId ?? ''}
                onChange={(event) => setFilter({ orgUnitId: event.target.value || undefined })}
              >
                <option value="">{t('positions.filters.allUnits')}</option>
                {unitsInTreeOrder(units ?? []).map(({ unit, depth }) => (
                  <option key={unit.id} value={unit.id}>
                    {`${'\u00a0\u00a0'.repeat(depth)}${unit.name}`}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('positions.filters.group')}>
              <select
                name="positionGroup"
                data-testid="positions-filter-group"
                value={filter.positionGroup ?? ''}
                onChange={(event) =>
                  setFilter({ positionGroup: event.target.value || undefined, jobLevel: undefined })
                }
              >
                <option value="">{t('positions.filters.allGroups')}</option>
                {groups.map((group) => (
                  <option key={group} value={group}>
                    {t(`positionGroups.${group}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('positions.filters.jobLevel')}>
              <select
                name="jobLevel"
                data-testid="positions-filter-level"
                value={filter.jobLevel ?? ''}
                onChange={(event) => setFilter({ jobLevel: event.target.value || undefined })}
              >
                <option value="">{t('positions.filters.allLevels')}</option>
                {levels
                  .filter((level) => !filter.positionGroup || level.positionGroup === filter.positionGroup)
                  .map((level) => (
                    <option key={level.code} value={level.code}>
                      {level.name}
                    </option>
                  ))}
              </select>
            </Field>
            <Field label={t('positions.filters.state')}>
              <select
                name="state"
                data-testid="positions-filter-state"
                value={filter.state ?? ''}
                onChange={(event) => setFilter({ state: (event.target.value as PositionState) || undefined })}
              >
                <option value="">{t('positions.filters.allStates')}</option>
                {positionStates.map((state) => (
                  <option key={state} value={state}>
                    {t(`positions.states.${state}`)}
                  </option>
                ))}
              </select>
            </Field>
            {filtered && (
              <Button
                size="small"
                variant="outline"
                data-testid="positions-filter-reset"
                onClick={() => {
                  setSearch('');
                  setParams(params.get('instansi') ? { instansi: params.get('instansi')! } : {}, {
                    replace: true,
                  });
                }}
              >
                {t('positions.filters.reset')}
              </Button>
            )}
          </search>
          <LoadState loading={first.loading && !first.data} error={first.error} onRetry={first.reload} />
          {first.data && (
            <DataTable
              testId="positions-table"
              className="positions-table"
              columns={[
                t('standards.position'),
                t('standards.orgUnit'),
                t('standards.jobLevel'),
                t('positions.status'),
                t('standards.positionCode'),
                { label: t('standards.actions'), hidden: true },
              ]}
              rows={items}
              rowKey={(position) => position.id}
              renderRow={(position) => (
                <PositionRow position={position} onEdit={setEditing} onRetire={setRetiring} />
              )}
              empty={filtered ? t('positions.emptyFiltered') : t('common.empty')}
              paging={
                <div className="positions-paging">
                  <span className="muted small" role="status" data-testid="positions-shown">
                    {t('positions.shown', { shown: items.length, total })}
                  </span>
                  {nextCursor && (
                    <Button
                      data-testid="positions-more"
                      disabled={loadingMore}
                      onClick={() => void loadMore()}
                    >
                      {loadingMore ? t('common.loading') : t('positions.more')}
                    </Button>
                  )}
                  <ErrorAlert error={moreError} />
                </div>
              }
            />
          )}
        </Card>
      )}
      {agencyId && first.data && (
        <StandardsExcel
          agencyId={agencyId}
          canImport={capabilities.composeStandards}
          onImported={first.reload}
        />
      )}
      {editing && agencyId && (
        <PositionFormDialog
          agencyId={agencyId}
          position={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            reload(
              editing === 'new'
                ? t('positions.added', { name: saved.name })
                : t('positions.saved', { name: saved.name }),
            );
          }}
        />
      )}
      {retiring && (
        <RetirePositionDialog
          position={retiring}
          retire={retirePosition}
          onClose={() => setRetiring(null)}
          onRetired={() => {
            const name = retiring.name;
            setRetiring(null);
            reload(t('positions.retired', { name }));
          }}
        />
      )}
      {first.data && agencyId && capabilities.composeStandards && (
        <StandardsWordImport agencyId={agencyId} onImported={first.reload} />
      )}
    </div>
  );
}
