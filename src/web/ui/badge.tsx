import type { HTMLAttributes, ReactNode } from 'react';
import './badge.css';

/** `code`: a competency code on dark blue. The rest are the status colours. */
export type BadgeTone = 'success' | 'warning' | 'info' | 'muted' | 'code';

/** The class list of a badge, for an element that is not a `<span>` (a link that looks like a badge). */
export function badgeClass(tone?: BadgeTone, className?: string): string {
  return ['badge', tone && `badge-${tone}`, className].filter(Boolean).join(' ');
}

/** A short label in a pill. */
export function Badge({
  tone,
  testId,
  className,
  children,
  ...props
}: {
  tone?: BadgeTone;
  testId?: string;
  className?: string;
  children: ReactNode;
} & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className={badgeClass(tone, className)} data-testid={testId} {...props}>
      {children}
    </span>
  );
}

/**
 * A record's status as a badge: the tone per status comes from the feature (`tones`), the status
 * itself goes into `data-status` for tests and print.
 */
export function StatusBadge<S extends string>({
  status,
  tones,
  label,
  testId,
}: {
  status: S;
  tones: Readonly<Record<S, BadgeTone>>;
  label: string;
  testId?: string;
}) {
  return (
    <Badge tone={tones[status]} testId={testId} data-status={status}>
      {label}
    </Badge>
  );
}
