import type { ReactNode } from 'react';
import './stat-tiles.css';

/** A row of figures, each in a tile with its label (diff counts, report totals, match percent). */
export function StatTiles({
  label,
  className,
  children,
}: {
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ul className={className ? `stat-tiles ${className}` : 'stat-tiles'} aria-label={label}>
      {children}
    </ul>
  );
}

/** One figure; `tone` colours it as added (green), removed (red) or changed (amber). */
export function StatTile({
  value,
  label,
  tone,
  testId,
  valueTestId,
  valueClassName,
  labelFirst,
}: {
  value: ReactNode;
  label: ReactNode;
  tone?: 'added' | 'removed' | 'changed';
  testId?: string;
  valueTestId?: string;
  valueClassName?: string;
  /** The label above the figure (a figure that needs its name read first). */
  labelFirst?: boolean;
}) {
  const valueNode = (
    <span
      className={valueClassName ? `stat-value ${valueClassName}` : 'stat-value'}
      data-testid={valueTestId}
    >
      {value}
    </span>
  );
  const labelNode = <span className="stat-label">{label}</span>;
  return (
    <li className={tone ? `stat-tile stat-${tone}` : 'stat-tile'} data-testid={testId}>
      {labelFirst ? labelNode : valueNode}
      {labelFirst ? valueNode : labelNode}
    </li>
  );
}
