import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { Badge, DataTable, LoadState } from '../../../ui';
import { listJobDescriptionVersions } from '../api';

/** Every saved version, newest first: when, by whom, from the editor or an import, ratified or not. */
export function HistoryPanel({ positionId, version }: { positionId: string; version: number | null }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const history = useApi(version === null ? null : `jd-versions:${positionId}:${version}`, () =>
    listJobDescriptionVersions(positionId),
  );
  if (version === null) return <p className="muted">{t('jobDescription.history.empty')}</p>;
  return (
    <>
      <LoadState loading={history.loading && !history.data} error={history.error} onRetry={history.reload} />
      {history.data && (
        <DataTable
          testId="jd-history"
          columns={[
            t('jobDescription.history.version'),
            t('jobDescription.history.date'),
            t('jobDescription.history.by'),
            t('jobDescription.history.source'),
            { label: t('jobDescription.history.tasks'), numeric: true },
            t('jobDescription.history.status'),
          ]}
          rows={history.data.items}
          rowKey={(item) => String(item.version)}
          renderRow={(item) => (
            <tr data-testid="jd-history-row" data-version={item.version}>
              <td>
                {item.version}
                {item.version === history.data?.current.version && (
                  <span className="muted small"> ({t('jobDescription.history.current')})</span>
                )}
              </td>
              <td>{formatDate(item.createdAt)}</td>
              <td>{item.createdBy ?? t('common.none')}</td>
              <td>{t(`jobDescription.history.sources.${item.source}`)}</td>
              <td className="num">{item.tasks}</td>
              <td>
                {item.ratifiedAt ? (
                  <Badge tone="success">{t('jobDescription.history.ratified')}</Badge>
                ) : (
                  <Badge tone="muted">{t('jobDescription.history.draft')}</Badge>
                )}
              </td>
            </tr>
          )}
        />
      )}
    </>
  );
}
