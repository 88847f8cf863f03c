import '../talent.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listCivilServants } from '../api-talent';
import { AgencyPicker } from '../components/agency-picker';
import { formatNip } from '../components/civil-servant-identity';
import { useCurrentUser } from '../components/current-user';
import { LoadState } from '../components/error-alert';
import { TalentImportPanel } from '../components/talent-import-panel';
import { TalentTabs } from '../components/talent-tabs';
import { useApi } from '../components/use-api';
import { useDebouncedValue } from '../components/use-debounced-value';
import { useReportAgency } from '../components/use-report-agency';

const pageSize = 20;

/**
 * `/pegawai`: the agency's civil servants, searchable by name or NIP, paged; the agency admin
 * imports civil servants and assessment results here.
 */
export function CivilServantsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
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
  const canImport = user.role === 'admin' && user.agency !== null && user.agency.id === agencyId;
  const search = report.canChoose && agencyId ? `?instansi=${encodeURIComponent(agencyId)}` : '';
  const data = list.data;

  if (user.role === 'employee') {
    return (
      <div className="page">
        <h1>{t('talent.list.title')}</h1>
        <p className="alert alert-info">
          {t('talent.list.employee')} <Link to="/saya">{t('talent.me.title')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page talent-page">
      <header className="page-header">
        <div>
          <h1>{t('talent.list.title')}</h1>
          <p className="muted page-subtitle">{t('talent.list.intro')}</p>
        </div>
      </header>
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      <TalentTabs search={search} />
      {canImport && (
        <div className="talent-imports">
          <TalentImportPanel kind="civilServants" onImported={list.reload} />
          <TalentImportPanel kind="assessments" onImported={list.reload} />
        </div>
      )}
      {agencyId && (
        <section className="card" aria-labelledby="civil-servants-title">
          <div className="card-header talent-list-header">
            <h2 id="civil-servants-title" className="card-title">
              {t('talent.list.heading')}
            </h2>
            <label className="field talent-search">
              <span className="field-label">{t('talent.list.search')}</span>
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
            </label>
          </div>
          <LoadState loading={list.loading && !data} error={list.error} onRetry={list.reload} />
          {data && data.items.length === 0 && (
            <p className="muted" data-testid="civil-servants-empty">
              {q ? t('talent.list.noMatch') : t('talent.list.empty')}
            </p>
          )}
          {data && data.items.length > 0 && (
            <>
              <div className="table-wrap">
                <table className="table" data-testid="civil-servants-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('talent.columns.name')}</th>
                      <th scope="col">{t('talent.columns.nip')}</th>
                      <th scope="col">{t('talent.columns.position')}</th>
                      <th scope="col">{t('talent.columns.rank')}</th>
                      <th scope="col">{t('talent.columns.education')}</th>
                      <th scope="col">{t('talent.columns.performance')}</th>
                      <th scope="col">{t('talent.columns.login')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.nip} data-testid="civil-servant-row" data-nip={item.nip}>
                        <td>
                          <Link to={`/pegawai/${item.nip}${search}`} data-testid="civil-servant-link">
                            {item.name}
                          </Link>
                        </td>
                        <td className="nowrap">
                          <code>{formatNip(item.nip)}</code>
                        </td>
                        <td>
                          {item.positionName ?? (
                            <span className="muted">{t('talent.identity.noPosition')}</span>
                          )}
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
                        <td>{t(`talent.performance.${item.performance ?? 'none'}`)}</td>
                        <td>{item.hasLogin ? t('talent.list.hasLogin') : t('common.none')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="toolbar talent-pager">
                <span className="muted" data-testid="civil-servants-total">
                  {t('talent.list.range', {
                    from: offset + 1,
                    to: offset + data.items.length,
                  })}
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={cursors.length === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('talent.list.previous')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={!data.nextCursor}
                  onClick={() => data.nextCursor && setCursors([...cursors, data.nextCursor])}
                >
                  {t('talent.list.next')}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
