import type { ReactNode } from 'react';
import './meter.css';

/**
 * A share as a short bar with its figure beside it (a search score, a match percent, coverage).
 * The bar is for the eye only; `children` carry the figure as text. `coverage` is the larger green
 * bar of ratified-standard coverage.
 */
export function Meter({
  percent,
  variant = 'score',
  as: Element = 'span',
  className,
  title,
  children,
}: {
  percent: number;
  variant?: 'score' | 'coverage';
  as?: 'span' | 'div';
  className?: string;
  title?: string;
  children?: ReactNode;
}) {
  const width = Math.max(0, Math.min(100, percent));
  const classes = ['meter', variant === 'coverage' && 'meter-coverage', className].filter(Boolean).join(' ');
  return (
    <Element className={classes} title={title}>
      <span className="meter-bar" aria-hidden="true">
        <span className="meter-fill" style={{ width: `${width}%` }} />
      </span>
      {children}
    </Element>
  );
}
