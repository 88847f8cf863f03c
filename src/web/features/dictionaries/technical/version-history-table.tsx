import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatDate } from '../../../shared/format';
import { Button, DataTable } from '../../../ui';
import type { VersionListItem } from '../api';
import { VersionStatusBadge } from '../version-status-badge';

/** Versions of one dictionary, newest first; tick two and "Bandingkan" opens their diff. */
export function VersionHistoryTable({ versions }: { versions: VersionListItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const [picked, setPicked] = useState<string[]>([]);

  const toggle = (id: string) =>
    setPicked((current) =>
      current.includes(id) ? current.filter((value) => value !== id) : [...current, id].slice(-2),
    );

  function compare() {
    const chosen = versions.filter((v) => picked.includes(v.id)).sort((a, b) => b.version - a.version);
    const [newer, older] = chosen;
    if (newer && older) navigate(`/kamus-teknis/versi/${newer.id}/banding/${older.id}`);
  }

  return (
    <>
      <DataTable
        testId="version-table"
        columns={[
          { label: t('technical.versions.pick'), hidden: true },
          t('technical.versions.version'),
          t('technical.versions.status'),
          t('technical.versions.createdAt'),
          t('technical.versions.verifiedAt'),
          t('technical.versions.ratifiedAt'),
          { label: t('technical.columns.entries'), numeric: true },
        ]}
        rows={versions}
        rowKey={(version) => version.id}
        renderRow={(version) => (
          <tr data-testid="version-row" data-version={version.version}>
            <td>
              <input
                type="checkbox"
                className="checkbox"
                data-testid="version-pick"
                aria-label={t('technical.versions.pickOne', { version: version.version })}
                checked={picked.includes(version.id)}
                onChange={() => toggle(version.id)}
              />
            </td>
            <td>
              <Link to={`/kamus-teknis/versi/${version.id}`}>
                {t('technical.versionLabel', { version: version.version })}
              </Link>
            </td>
            <td>
              <VersionStatusBadge status={version.status} />
            </td>
            <td className="nowrap">{formatDate(version.createdAt)}</td>
            <td className="nowrap">{formatDate(version.verifiedAt)}</td>
            <td className="nowrap">{formatDate(version.ratifiedAt)}</td>
            <td className="num">{version.entryCount}</td>
          </tr>
        )}
      />
      <div className="toolbar">
        <Button data-testid="compare-button" disabled={picked.length !== 2} onClick={compare}>
          {t('technical.versions.compare')}
        </Button>
        <span className="muted small">{t('technical.versions.compareHint')}</span>
      </div>
    </>
  );
}
