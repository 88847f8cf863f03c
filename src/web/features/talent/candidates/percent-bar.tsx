import { useFormatPercent } from '../../../shared/format';
import { Meter } from '../../../ui';

/** A match percent as a short bar with the number beside it. */
export function PercentBar({ percent }: { percent: number }) {
  const formatPercent = useFormatPercent();
  return (
    <Meter percent={percent} className="percent-bar">
      <strong data-testid="candidate-percent">{formatPercent(percent)}</strong>
    </Meter>
  );
}
