import { useTranslation } from 'react-i18next';
import { getJobLevels } from '../shared/api/reference';
import { useApi } from '../shared/use-api';
import { Card, DataTable, LoadState } from '../ui';

/** Managerial and socio-cultural level required per position level (PermenPAN-RB 38/2017). */
export function JobLevelTable() {
  const { t } = useTranslation();
  const { data, loading: busy, error, reload } = useApi('job-levels', getJobLevels);

  const level = (value: number | null) =>
    value === null ? <span className="muted not-available">{t('common.notAvailable')}</span> : value;

  return (
    <Card title={t('home.jobLevelsTitle')} titleId="job-levels-title">
      <LoadState loading={busy && !data} error={error} onRetry={reload} />
      {data && (
        <>
          <DataTable
            testId="job-level-table"
            columns={[
              t('home.columns.name'),
              t('home.columns.group'),
              { label: t('home.columns.managerialLevel'), numeric: true },
              { label: t('home.columns.socioCulturalLevel'), numeric: true },
            ]}
            rows={data.items}
            rowKey={(item) => item.code}
            renderRow={(item) => (
              <tr>
                <th scope="row">{item.name}</th>
                <td>{t(`positionGroups.${item.positionGroup}`)}</td>
                <td className="num">{level(item.managerialLevel)}</td>
                <td className="num">{level(item.socioCulturalLevel)}</td>
              </tr>
            )}
          />
          <p className="muted small">{t('home.jobLevelsNote')}</p>
        </>
      )}
    </Card>
  );
}
