import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormatDay } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { LoadState, PageHeader } from '../../../ui';
import { getSubjectResults } from '../management-api';
import { ResultsTable } from './results-table';

/** `/talenta/360/:id/hasil/:nip`: the 360° results of one person after the round closed. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { id = '', nip = '' } = useParams();
  const [searchParams] = useSearchParams();
  const instansi = searchParams.get('instansi');
  const search = instansi ? `?instansi=${encodeURIComponent(instansi)}` : '';
  const formatDay = useFormatDay();
  const results = useApi(`round-results:${id}:${nip}`, () => getSubjectResults(id, nip));
  const data = results.data;
  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('talent.breadcrumb')}>
        <Link to={`/talenta/360${search}`}>{t('talent.multiRater.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/talenta/360/${id}${search}`}>{data?.round.name ?? ''}</Link>
        <span aria-hidden="true"> › </span>
        <span>{data?.subject.name ?? nip}</span>
      </nav>
      <LoadState loading={results.loading && !data} error={results.error} onRetry={results.reload} />
      {data && (
        <>
          <PageHeader
            title={t('talent.multiRater.resultsOf', { name: data.subject.name })}
            titleTestId="results-heading"
            subtitle={t('talent.multiRater.resultsSubtitle', {
              round: data.round.name,
              date: formatDay(data.round.closedAt ?? data.round.closesOn),
            })}
          />
          <ResultsTable
            results={data}
            label={t('talent.multiRater.resultsOf', { name: data.subject.name })}
          />
          <p className="muted small">{t(`talent.multiRater.combination.${data.combination}`)}</p>
        </>
      )}
    </div>
  );
}
