import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui';

const tones = { open: 'info', closed: 'success' } as const;

/** "Terbuka" while raters answer, "Ditutup" once the results were made. */
export function RoundStatusBadge({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={status}
      tones={tones}
      label={t(`talent.multiRater.statuses.${status}`)}
      testId="round-status"
    />
  );
}
