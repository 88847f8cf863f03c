import '../dictionaries.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { ButtonLink, Card, LoadState, PageHeader } from '../../../ui';
import { getTechnicalDictionary } from '../api';
import { ReviseDictionaryButton } from './revise-dictionary-button';
import { VersionHistoryTable } from './version-history-table';

/** `/kamus-teknis/:dictionaryId`: one dictionary and its version history. */
export function TechnicalDictionaryPage() {
  const { t } = useTranslation();
  const { dictionaryId = '' } = useParams();
  const data = useApi(`technical-dictionary:${dictionaryId}`, () => getTechnicalDictionary(dictionaryId));

  const newest = data.data?.versions[0];
  const canRevise = Boolean(data.data?.canCompose && newest?.status === 'ratified');
  // The import fills the draft, or opens a revision of a ratified version; a verified one is refused.
  const canImport = Boolean(data.data?.canCompose && newest && newest.status !== 'verified');

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('technical.breadcrumb')}>
        <Link to="/kamus-teknis">{t('technical.title')}</Link>
      </nav>
      <LoadState loading={data.loading && !data.data} error={data.error} onRetry={data.reload} />
      {data.data && (
        <>
          <PageHeader
            title={data.data.dictionary.name}
            subtitle={
              <>
                <code>{data.data.dictionary.code}</code> ·{' '}
                {data.data.dictionary.agencyName ?? t('header.national')}
              </>
            }
            actions={
              <>
                {canImport && (
                  <ButtonLink to={`/kamus-teknis/${dictionaryId}/impor`}>
                    {t('technical.importExcel')}
                  </ButtonLink>
                )}
                {canRevise && <ReviseDictionaryButton dictionaryId={dictionaryId} />}
              </>
            }
          />
          <Card title={t('technical.versions.title')} titleId="versions-title">
            {canRevise && <p className="muted small">{t('technical.reviseHint')}</p>}
            <VersionHistoryTable versions={data.data.versions} />
          </Card>
        </>
      )}
    </div>
  );
}
