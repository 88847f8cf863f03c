import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../../../shared/format';
import { ButtonLink, Card, DataTable } from '../../../ui';
import type { StandardVersion } from '../api';
import { StandardStatusBadge } from '../standard-status-badge';

/** Every version of this standard, newest first, each linked and comparable with the shown one. */
export function StandardVersions({
  currentId,
  versions,
}: {
  currentId: string;
  versions: StandardVersion[];
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const current = versions.find((version) => version.id === currentId);

  const diffLink = (other: StandardVersion) => {
    const [newer, older] =
      current && current.version > other.version ? [current, other] : [other, current ?? other];
    return `/skj/${newer.id}/banding/${older.id}`;
  };

  return (
    <Card title={t('standards.versions.title')} titleId="standard-versions-title">
      <DataTable
        testId="standard-versions"
        head={
          <tr>
            <th scope="col">{t('standards.versions.version')}</th>
            <th scope="col">{t('standards.versions.status')}</th>
            <th scope="col">{t('standards.positionCode')}</th>
            <th scope="col">{t('standards.versions.createdAt')}</th>
            <th scope="col">{t('standards.versions.ratifiedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('standards.actions')}</span>
            </th>
          </tr>
        }
      >
        {versions.map((version) => {
          const label = t('standards.versionLabel', { version: version.version });
          const isCurrent = version.id === currentId;
          return (
            <tr
              key={version.id}
              data-testid="version-row"
              data-version={version.version}
              data-status={version.status}
              aria-current={isCurrent ? 'page' : undefined}
            >
              <td>
                {isCurrent ? (
                  <strong>
                    {label} <span className="muted small">({t('standards.versions.shown')})</span>
                  </strong>
                ) : (
                  <Link to={`/skj/${version.id}`}>{label}</Link>
                )}
              </td>
              <td>
                <StandardStatusBadge status={version.status} testId="version-status" />
              </td>
              <td>{version.positionCode ? <code>{version.positionCode}</code> : t('common.none')}</td>
              <td className="nowrap">{formatDate(version.createdAt)}</td>
              <td className="nowrap">{formatDate(version.ratifiedAt)}</td>
              <td>
                {!isCurrent && (
                  <ButtonLink size="small" to={diffLink(version)} data-testid="compare-version">
                    {t('standards.versions.compare', { version: version.version })}
                  </ButtonLink>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </Card>
  );
}
