import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './alert.css';

export type AlertTone = 'error' | 'success' | 'warning' | 'info';

/**
 * A message in a coloured box with a thick left edge. It is a paragraph unless `as="div"` (when it
 * holds lists or several paragraphs). Give `role="alert"` to errors that appear after an action and
 * `role="status"` to confirmations.
 */
export function Alert({
  tone,
  as: Element = 'p',
  className,
  testId,
  children,
  ...props
}: {
  tone: AlertTone;
  as?: 'p' | 'div';
  className?: string;
  testId?: string;
  children: ReactNode;
} & HTMLAttributes<HTMLElement>) {
  const classes = ['alert', `alert-${tone}`, className].filter(Boolean).join(' ');
  return (
    <Element className={classes} data-testid={testId} {...props}>
      {children}
    </Element>
  );
}

interface Issue {
  path: string;
  message: string;
}

/** The validation issues of an API error (`ApiError.issues`), if it has any. */
function issuesOf(error: unknown): Issue[] {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return [];
  const issues = (error as { issues: unknown }).issues;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
}

/** Shows a server error: its message and, for validation errors, each issue's path and message. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error && error.message ? error.message : t('common.loadFailed');
  const issues = issuesOf(error);
  return (
    <Alert tone="error" as="div" role="alert">
      <p className="alert-message">{message}</p>
      {issues.length > 0 && (
        <>
          <p className="alert-issues-title">{t('errors.issuesTitle')}</p>
          <ul className="alert-issues">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path || '—'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
