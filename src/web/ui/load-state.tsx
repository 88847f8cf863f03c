import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './alert';
import { Button } from './button';
import './load-state.css';

/** "Memuat…" while loading; a load error with a retry button; nothing once loaded. */
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
  if (loading) return <Loading />;
  if (!error) return null;
  return (
    <div className="load-error">
      <ErrorAlert error={error} />
      {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    </div>
  );
}

/** The loading line alone (a splash screen, a panel waiting for its data). */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A turning circle beside a long-running step (an import, a book being built). */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
