import { useTranslation } from 'react-i18next';
import type { StandardStatus } from './api';

const badgeClass: Record<StandardStatus, string> = {
  draft: 'badge badge-muted',
  submitted: 'badge badge-warning',
  verified: 'badge badge-info',
  validated: 'badge badge-info',
  ratified: 'badge badge-success',
};

/** A standard's status ("draf" … "ditetapkan") as a coloured badge. */
export function StandardStatusBadge({
  status,
  testId = 'standard-status',
}: {
  status: StandardStatus;
  /** Another test id where the badge sits beside the standard's own one (version lists). */
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <span className={badgeClass[status]} data-testid={testId} data-status={status}>
      {t(`standards.status.${status}`)}
    </span>
  );
}
