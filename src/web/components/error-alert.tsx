import { useTranslation } from 'react-i18next';
import { ApiError } from '../api-client';

/** Shows a server error: its message and, for validation errors, each issue's path and message. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error && error.message ? error.message : t('common.loadFailed');
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div role="alert" className="alert alert-error">
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
    </div>
  );
}

/** Loading indicator, or a load error with a retry button. */
export function LoadState({
  loading,
  error,
  onRetry,
}: {
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!error) return null;
  return (
    <div className="load-error">
      <ErrorAlert error={error} />
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
