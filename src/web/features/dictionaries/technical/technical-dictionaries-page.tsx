import '../dictionaries.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Card, DataTable, LoadState } from '../../../ui';
import { useCapabilities, useCurrentUser } from '../../account/current-user';
import { listTechnicalDictionaries } from '../api';
import { VersionStatusBadge } from '../version-status-badge';
import { CreateDictionaryForm } from './create-dictionary-form';

/** `/kamus-teknis`: the technical dictionaries the user may see, and the form to start one. */
export function TechnicalDictionariesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const dictionaries = useApi('technical-dictionaries', listTechnicalDictionaries);
  const canCreate = useCapabilities().composeDictionaries;

  return (
    <div className="page">
      <h1>{t('technical.title')}</h1>
      <p className="lead">{t('technical.intro')}</p>
      <div className={canCreate ? 'grid-main-aside' : undefined}>
        <Card title={t('technical.listTitle')} titleId="tech-list-title">
          <LoadState
            loading={dictionaries.loading && !dictionaries.data}
            error={dictionaries.error}
            onRetry={dictionaries.reload}
          />
          {dictionaries.data && (
            <DataTable
              testId="tech-dictionary-table"
              columns={[
                t('technical.columns.code'),
                t('technical.columns.name'),
                t('technical.columns.agency'),
                t('technical.columns.latestVersion'),
                { label: t('technical.columns.entries'), numeric: true },
              ]}
              rows={dictionaries.data.items}
              rowKey={(item) => item.id}
              renderRow={(item) => (
                <tr data-testid="tech-dictionary-row" data-code={item.code}>
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
              )}
              empty={t('technical.listEmpty')}
            />
          )}
        </Card>
        {canCreate && <CreateDictionaryForm agencyName={user.agency?.name ?? ''} />}
      </div>
    </div>
  );
}
