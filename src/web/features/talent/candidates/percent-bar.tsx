import { useFormatPercent } from '../../../shared/format';

/** A match percent as a short bar with the number beside it. */
export function PercentBar({ percent }: { percent: number }) {
  const formatPercent = useFormatPercent();
  const width = Math.max(0, Math.min(100, percent));
  return (
    <span className="score percent-bar">
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${width}%` }} />
      </span>
      <strong data-testid="candidate-percent">{formatPercent(percent)}</strong>
    </span>
  );
}
