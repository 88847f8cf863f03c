import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../shared/format';
import { useApi } from '../../shared/use-api';
import { Alert, Badge, Button, ButtonAnchor, Card, DataTable, ErrorAlert, LoadState } from '../../ui';
import { type Backup, backupDownloadUrl, listBackups, startBackup } from './backups-api';

/** How often the list is read again while a backup runs. */
const pollMs = 2000;

function formatBytes(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

function StatusBadge({ backup }: { backup: Backup }) {
  const { t } = useTranslation();
  if (backup.status === 'running') return <Badge tone="info">{t('backups.status.running')}</Badge>;
  if (backup.status === 'failed') return <Badge tone="warning">{t('backups.status.failed')}</Badge>;
  return <Badge tone="success">{t('backups.status.done')}</Badge>;
}

/**
 * "Cadangan": the superadmin takes a consistent copy of the embedded database while the server
 * runs, follows it, and downloads the file that `skj restore` reads. On PostgreSQL the server's
 * own tools back up instead, and the page says so.
 */
export function BackupsSection() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const backups = useApi('backups', listBackups);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = backups.data?.backups.some((b) => b.status === 'running') ?? false;
  const { reload } = backups;

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(reload, pollMs);
    return () => window.clearTimeout(timer);
  });

  async function start() {
    setBusy(true);
    setError(null);
    try {
      await startBackup();
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('backups.title')} titleId="backups-title">
      <LoadState loading={backups.loading && !backups.data} error={backups.error} onRetry={reload} />
      {backups.data &&
        ((data) => (
          <>
            {data.settings.available ? (
              <p className="muted small" data-testid="backups-settings">
                {t('backups.settings', { directory: data.settings.directory, keep: data.settings.keep })}
              </p>
            ) : (
              <Alert tone="info" data-testid="backups-unavailable">
                {t('backups.unavailable')}
              </Alert>
            )}
            {error !== null && <ErrorAlert error={error} />}
            {data.permissions.create && data.settings.available && (
              <p>
                <Button onClick={start} disabled={busy || running} data-testid="backup-start">
                  {running ? t('backups.running') : t('backups.start')}
                </Button>
              </p>
            )}
            <DataTable
              testId="backup-table"
              caption={t('backups.caption')}
              columns={[
                t('backups.file'),
                t('backups.createdAt'),
                t('backups.statusLabel'),
                t('backups.size'),
              ]}
              rows={data.backups}
              rowKey={(b) => b.id}
              renderRow={(b) => (
                <tr data-testid="backup-row" data-status={b.status}>
                  <td>
                    {b.status === 'done' && data.permissions.download ? (
                      <ButtonAnchor
                        variant="secondary"
                        size="small"
                        href={backupDownloadUrl(b.id)}
                        download
                        data-testid="backup-download"
                      >
                        {b.id}
                      </ButtonAnchor>
                    ) : (
                      <code>{b.id}</code>
                    )}
                  </td>
                  <td>
                    {formatDate(b.createdAt)}
                    {b.trigger && <span className="muted small"> · {t(`backups.trigger.${b.trigger}`)}</span>}
                  </td>
                  <td>
                    <StatusBadge backup={b} />
                    {b.error && <span className="small"> {b.error}</span>}
                  </td>
                  <td>
                    {formatBytes(b.sizeBytes)}
                    {b.rows !== null && (
                      <span className="muted small"> · {t('backups.rows', { count: b.rows })}</span>
                    )}
                  </td>
                </tr>
              )}
              empty={t('backups.empty')}
            />
            <p className="muted small">{t('backups.restoreHint')}</p>
          </>
        ))(backups.data)}
    </Card>
  );
}
