import { useTranslation } from 'react-i18next';
import type { Coverage } from '../features/standards/reports-api';
import { Meter } from '../ui';
import { useFormatPercent } from './format';

/**
 * Share of positions with a ratified standard: a bar for the eye, the numbers as text for everyone.
 * `withText={false}` only where the same numbers are already written next to the bar.
 */
export function CoverageBar({ coverage, withText = true }: { coverage: Coverage; withText?: boolean }) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  return (
    <Meter percent={coverage.percent} variant="coverage">
      {withText && (
        <span className="coverage-text">
          <strong>{formatPercent(coverage.percent)}</strong>{' '}
          <span className="muted small">
            {t('merit.ratifiedOf', { ratified: coverage.ratified, positions: coverage.positions })}
          </span>
        </span>
      )}
    </Meter>
  );
}
