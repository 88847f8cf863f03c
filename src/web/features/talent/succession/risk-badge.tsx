import { Badge } from '../../../ui';

const tones = { high: 'warning', medium: 'info', low: 'success' } as const;

/** Succession risk of a position: high when the seat empties with nobody ready now. */
export function RiskBadge({ level, name }: { level: 'high' | 'medium' | 'low'; name: string }) {
  return (
    <Badge
      tone={tones[level]}
      className={`succession-risk succession-risk-${level}`}
      testId="succession-risk"
      data-risk={level}
    >
      {name}
    </Badge>
  );
}
