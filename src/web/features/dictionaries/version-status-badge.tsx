import { useTranslation } from 'react-i18next';
import type { VersionStatus } from './api';

const badgeClass: Record<VersionStatus, string> = {
  draft: 'badge badge-muted',
  verified: 'badge badge-info',
  ratified: 'badge badge-success',
};

/** "draf" / "terverifikasi" / "ditetapkan" as a coloured badge. */
export function VersionStatusBadge({ status, testId }: { status: VersionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={badgeClass[status]} data-testid={testId} data-status={status}>
      {t(`technical.status.${status}`)}
    </span>
  );
}
