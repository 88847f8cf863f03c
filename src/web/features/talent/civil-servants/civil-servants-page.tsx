import '../talent.css';
import '../talent-management.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useApi } from '../../../shared/use-api';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Alert, Button, Card, DataTable, Field, LoadState, PageHeader } from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import { listCivilServants } from '../api';
import { TalentTabs } from '../talent-tabs';
import { formatNip } from './civil-servant-identity';
import { TalentImportPanel } from './talent-import-panel';

const pageSize = 20;

/**
 * `/pegawai`: the agency's civil servants, searchable by name or NIP, paged; the agency admin
 * imports civil servants and assessment results here.
 */
export function CivilServantsPage() {
  const { t } = useTranslation();
  const capabilities = useCapabilities();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), 300);
  // The cursors of the pages walked through (the first page has none; Previous drops the last),
  // back to the first page when the agency or the search changes.
  const listKey = `${agencyId ?? ''}:${q}`;
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: listKey, cursors: [] });
  const cursors = paging.key === listKey ? paging.cursors : [];
  const setCursors = (next: string[]) => setPaging({ key: listKey, cursors: next });
  const cursor = cursors.at(-1);
  const offset = cursors.length * pageSize;
  const list = useApi(agencyId ? `civil-servants:${agencyId}:${q}:${cursor ?? ''}` : null, () =>
    listCivilServants(agencyId ?? '', { q, limit: pageSize, cursor }),
  );
  const canImport = capabilities.importCivilServants;
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = list.data;

  if (!capabilities.readTalent) {
    return (
      <div className="page">
        <h1>{t('talent.list.title')}</h1>
        <Alert tone="info">
          {t('talent.list.employee')} <Link to="/saya">{t('talent.me.title')}</Link>
        </Alert>
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title={t('talent.list.title')} subtitle={t('talent.list.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      {canImport && (
        <div className="talent-imports">
          <TalentImportPanel kind="civilServants" onImported={list.reload} />
          <TalentImportPanel kind="assessments" onImported={list.reload} />
        </div>
      )}
      {capabilities.recordPotential && (
        <div className="talent-imports">
          <TalentImportPanel kind="potential" onImported={list.reload} />
        </div>
      )}
      {agencyId && (
        <Card
          title={t('talent.list.heading')}
          titleId="civil-servants-title"
          compactTitle
          headerClassName="talent-list-header"
          actions={
            <Field label={t('talent.list.search')} className="talent-search">
              <input
                type="search"
                name="q"
                data-testid="civil-servant-search"
                value={query}
                placeholder={t('talent.list.searchPlaceholder')}
                onChange={(event) => {
                  setQuery(event.target.value);
                }}
              />
            </Field>
          }
        >
          <LoadState loading={list.loading && !data} error={list.error} onRetry={list.reload} />
          {data && data.items.length === 0 && (
            <p className="muted" data-testid="civil-servants-empty">
              {q ? t('talent.list.noMatch') : t('talent.list.empty')}
            </p>
          )}
          {data && data.items.length > 0 && (
            <>
              <DataTable
                testId="civil-servants-table"
                columns={[
                  t('talent.columns.name'),
                  t('talent.columns.nip'),
                  t('talent.columns.position'),
                  t('talent.columns.rank'),
                  t('talent.columns.education'),
                  t('talent.columns.performance'),
                  t('talent.columns.login'),
                ]}
                rows={data.items}
                rowKey={(item) => item.nip}
                renderRow={(item) => (
                  <tr data-testid="civil-servant-row" data-nip={item.nip}>
                    <td>
                      <Link to={`/pegawai/${item.nip}${search}`} data-testid="civil-servant-link">
                        {item.name}
                      </Link>
                    </td>
                    <td className="nowrap">
                      <code>{formatNip(item.nip)}</code>
                    </td>
                    <td>
                      {item.positionName ?? <span className="muted">{t('talent.identity.noPosition')}</span>}
                      {item.positionId && (
                        <>
                          {' '}
                          <Link
                            to={`/kandidat/${item.positionId}${search}`}
                            className="small"
                            data-testid="candidates-link"
                          >
                            {t('talent.list.candidates')}
                          </Link>
                        </>
                      )}
                    </td>
                    <td>{item.rankGrade ?? t('common.none')}</td>
                    <td>{item.educationLevel ?? t('common.none')}</td>
                    <td>{item.performanceLabel ?? t('talent.performance.none')}</td>
                    <td>{item.hasLogin ? t('talent.list.hasLogin') : t('common.none')}</td>
                  </tr>
                )}
              />
              <div className="toolbar talent-pager">
                <span className="muted" data-testid="civil-servants-total">
                  {t('talent.list.range', {
                    from: offset + 1,
                    to: offset + data.items.length,
                  })}
                </span>
                <Button
                  size="small"
                  disabled={cursors.length === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('talent.list.previous')}
                </Button>
                <Button
                  size="small"
                  disabled={!data.nextCursor}
                  onClick={() => data.nextCursor && setCursors([...cursors, data.nextCursor])}
                >
                  {t('talent.list.next')}
                </Button>
              </div>
            </>
          )}
        </Card>
      )}
    </div>
  );
}
