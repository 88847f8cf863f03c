import { useTranslation } from 'react-i18next';
import type { Coverage } from '../features/standards/reports-api';
import { useFormatPercent } from './format';

/**
 * Share of positions with a ratified standard: a bar for the eye, the numbers as text for everyone.
 * `withText={false}` only where the same numbers are already written next to the bar.
 */
export function CoverageBar({ coverage, withText = true }: { coverage: Coverage; withText?: boolean }) {
  const { t } = useTranslation();
  const formatPercent = useFormatPercent();
  const width = Math.max(0, Math.min(100, coverage.percent));
  return (
    <span className="coverage">
      <span className="coverage-bar" aria-hidden="true">
        <span className="coverage-fill" style={{ width: `${width}%` }} />
      </span>
      {withText && (
        <span className="coverage-text">
          <strong>{formatPercent(coverage.percent)}</strong>{' '}
          <span className="muted small">
            {t('merit.ratifiedOf', { ratified: coverage.ratified, positions: coverage.positions })}
          </span>
        </span>
      )}
    </span>
  );
}
