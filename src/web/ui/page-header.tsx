import type { ReactNode } from 'react';
import './page-header.css';

/**
 * The top of a page: its `h1`, a line under it, and the page's actions on the right. `children`
 * go under the subtitle (a second note line).
 */
export function PageHeader({
  title,
  titleTestId,
  subtitle,
  subtitleTestId,
  lead,
  actions,
  children,
}: {
  title: ReactNode;
  titleTestId?: string;
  subtitle?: ReactNode;
  subtitleTestId?: string;
  /** The subtitle in the larger lead size instead of muted. */
  lead?: boolean;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1 data-testid={titleTestId}>{title}</h1>
        {subtitle !== undefined && (
          <p className={lead ? 'lead page-subtitle' : 'muted page-subtitle'} data-testid={subtitleTestId}>
            {subtitle}
          </p>
        )}
        {children}
      </div>
      {actions && <div className="toolbar">{actions}</div>}
    </header>
  );
}
