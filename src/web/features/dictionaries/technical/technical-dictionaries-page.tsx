import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Card, LoadState } from '../../../ui';
import { useCurrentUser } from '../../account/current-user';
import { listTechnicalDictionaries } from '../api';
import { VersionStatusBadge } from '../version-status-badge';
import { CreateDictionaryForm } from './create-dictionary-form';

/** `/kamus-teknis`: the technical dictionaries the user may see, and the form to start one. */
export function TechnicalDictionariesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const dictionaries = useApi('technical-dictionaries', listTechnicalDictionaries);
  const canCreate = (user.role === 'admin' || user.role === 'drafter') && user.agency !== null;

  return (
    <div className="page">
      <h1>{t('technical.title')}</h1>
      <p className="lead">{t('technical.intro')}</p>
      <div className={canCreate ? 'admin-grid' : undefined}>
        <Card title={t('technical.listTitle')} titleId="tech-list-title">
          <LoadState
            loading={dictionaries.loading && !dictionaries.data}
            error={dictionaries.error}
            onRetry={dictionaries.reload}
          />
          {dictionaries.data &&
            (dictionaries.data.items.length === 0 ? (
              <p className="muted">{t('technical.listEmpty')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table" data-testid="tech-dictionary-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('technical.columns.code')}</th>
                      <th scope="col">{t('technical.columns.name')}</th>
                      <th scope="col">{t('technical.columns.agency')}</th>
                      <th scope="col">{t('technical.columns.latestVersion')}</th>
                      <th scope="col" className="num">
                        {t('technical.columns.entries')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {dictionaries.data.items.map((item) => (
                      <tr key={item.id} data-testid="tech-dictionary-row" data-code={item.code}>
                        <td>
                          <code>{item.code}</code>
                        </td>
                        <td>
                          <Link to={`/kamus-teknis/${item.id}`}>{item.name}</Link>
                        </td>
                        <td>{item.agencyName ?? t('header.national')}</td>
                        <td className="nowrap">
                          <Link to={`/kamus-teknis/versi/${item.latestVersion.id}`}>
                            {t('technical.versionLabel', { version: item.latestVersion.version })}
                          </Link>{' '}
                          <VersionStatusBadge status={item.latestVersion.status} />
                        </td>
                        <td className="num">{item.entryCount}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
        </Card>
        {canCreate && <CreateDictionaryForm agencyName={user.agency?.name ?? ''} />}
      </div>
    </div>
  );
}
