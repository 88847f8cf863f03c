import '../standards.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJobLevels } from '../../../shared/api/reference';
import { useFormatDate, useFormatNumber } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { useJobLevelName } from '../../../shared/use-job-level-name';
import { Button, Card, DataTable, ErrorAlert, Field, LoadState, PageHeader } from '../../../ui';
import { useCapabilities, useCurrentUser } from '../../account/current-user';
import { type CatalogItem, searchCatalog } from '../catalog-api';
import { AdoptToPositionForm } from './adopt-to-position-form';

/**
 * `/katalog`: the national catalog of ratified standards (newest version of each), searchable by
 * position name and job level, a page at a time ("Muat lebih banyak" follows `nextCursor`); each
 * opens read-only and may be adopted for one of our positions.
 */
export function CatalogPage() {
  const { t } = useTranslation();
  const levels = useApi('job-levels', getJobLevels).data?.items ?? [];
  const [text, setText] = useState('');
  const [jobLevel, setJobLevel] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const key = `catalog:${q}:${jobLevel}`;
  const data = useApi(key, () => searchCatalog({ q, jobLevel }));
  // Pages loaded after the first, for the filters they were loaded under.
  const [more, setMore] = useState<{ key: string; items: CatalogItem[]; next: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = more && more.key === key ? more : null;
  const items = shown ? shown.items : (data.data?.items ?? []);
  const nextCursor = shown ? shown.next : (data.data?.nextCursor ?? null);
  const total = data.data?.total ?? 0;
  const capped = data.data?.totalCapped ?? false;
  const formatNumber = useFormatNumber();
  const totalText = formatNumber(total);

  async function loadMore() {
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await searchCatalog({ q, jobLevel, cursor: nextCursor });
      setMore({ key, items: [...items, ...page.items], next: page.nextCursor });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="page">
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.intro')} />
      <Card as="search" className="form-grid catalog-filters">
        <Field label={t('catalog.search')}>
          <input
            type="search"
            name="q"
            data-testid="catalog-search"
            value={text}
            placeholder={t('catalog.searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        <Field label={t('standards.jobLevel')}>
          <select
            name="jobLevel"
            data-testid="catalog-job-level"
            value={jobLevel}
            onChange={(event) => setJobLevel(event.target.value)}
          >
            <option value="">{t('catalog.allJobLevels')}</option>
            {levels.map((level) => (
              <option key={level.code} value={level.code}>
                {level.name}
              </option>
            ))}
          </select>
        </Field>
      </Card>
      <LoadState loading={data.loading && !data.data} error={data.error} onRetry={data.reload} />
      {data.data && (
        <Card
          title={t(capped ? 'catalog.resultsCapped' : 'catalog.results', { count: totalText })}
          titleId="catalog-results-title"
        >
          <DataTable
            testId="catalog-table"
            columns={[
              t('standards.position'),
              t('catalog.agency'),
              t('standards.jobLevel'),
              t('standards.positionCode'),
              t('catalog.ratifiedAt'),
              { label: t('standards.actions'), hidden: true },
            ]}
            rows={items}
            rowKey={(item) => item.id}
            renderRow={(item) => <CatalogRow item={item} />}
            empty={t('catalog.none')}
            paging={
              items.length > 0 && (
                <div className="positions-paging">
                  <span className="muted small" role="status" data-testid="catalog-shown">
                    {t(capped ? 'catalog.shownCapped' : 'catalog.shown', {
                      shown: formatNumber(items.length),
                      total: totalText,
                    })}
                  </span>
                  {nextCursor && (
                    <Button data-testid="catalog-more" disabled={loadingMore} onClick={() => void loadMore()}>
                      {loadingMore ? t('common.loading') : t('catalog.more')}
                    </Button>
                  )}
                  <ErrorAlert error={moreError} />
                </div>
              )
            }
          />
        </Card>
      )}
    </div>
  );
}

function CatalogRow({ item }: { item: CatalogItem }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatDate = useFormatDate();
  const nameOf = useJobLevelName();
  const [adopting, setAdopting] = useState(false);
  const formId = `adopt-${item.id}`;
  const canAdopt = useCapabilities().composeStandards;
  return (
    <>
      <tr data-testid="catalog-row" data-code={item.positionCode ?? ''}>
        <td>
          <Link to={`/skj/${item.id}`} data-testid="catalog-open">
            {item.positionName}
          </Link>{' '}
          <span className="muted small">{t('standards.versionLabel', { version: item.version })}</span>
        </td>
        <td>{item.agency.name}</td>
        <td>{nameOf(item.jobLevel)}</td>
        <td>{item.positionCode ? <code>{item.positionCode}</code> : t('common.none')}</td>
        <td className="nowrap">{formatDate(item.ratifiedAt)}</td>
        <td>
          {canAdopt && (
            <Button
              size="small"
              data-testid="adopt-to-position"
              aria-expanded={adopting}
              aria-controls={adopting ? formId : undefined}
              onClick={() => setAdopting((open) => !open)}
            >
              {t('catalog.adoptToPosition')}
            </Button>
          )}
        </td>
      </tr>
      {adopting && user.agency && (
        <tr id={formId}>
          <td colSpan={6}>
            <AdoptToPositionForm item={item} agencyId={user.agency.id} onCancel={() => setAdopting(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
