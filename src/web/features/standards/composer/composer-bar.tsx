import { useTranslation } from 'react-i18next';
import { Button, ErrorAlert } from '../../../ui';
import { goToTarget } from './finding-target';

/**
 * The composer's action bar, kept at the bottom of the screen: whether everything is saved, how
 * many errors stand in the way of submitting, Simpan and Ajukan (which saves first).
 */
export function ComposerBar({
  dirty,
  busy,
  errorCount,
  canSubmit,
  error,
  onSave,
  onSubmit,
}: {
  dirty: boolean;
  busy: 'save' | 'submit' | null;
  errorCount: number;
  canSubmit: boolean;
  error: unknown;
  onSave: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="composer-bar" aria-label={t('standards.bar.label')} data-testid="composer-bar">
      <ErrorAlert error={error} />
      <div className="composer-bar-row">
        <p
          className="composer-bar-status"
          data-testid="composer-status"
          data-dirty={dirty}
          aria-live="polite"
        >
          {dirty ? t('standards.bar.unsaved') : t('standards.bar.saved')}
          {errorCount > 0 && (
            <>
              {' '}
              <button
                type="button"
                className="finding-link"
                data-testid="composer-errors"
                onClick={() => goToTarget('findings-title')}
              >
                {t('standards.bar.errors', { count: errorCount })}
              </button>
            </>
          )}
        </p>
        <div className="composer-bar-actions">
          <Button variant="secondary" data-testid="standard-save" disabled={busy !== null} onClick={onSave}>
            {busy === 'save' ? t('common.saving') : t('common.save')}
          </Button>
          {canSubmit && (
            <Button
              variant="primary"
              data-testid="standard-submit"
              disabled={busy !== null || errorCount > 0}
              onClick={onSubmit}
            >
              {busy === 'submit' ? t('standards.bar.submitting') : t('standards.bar.submit')}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
